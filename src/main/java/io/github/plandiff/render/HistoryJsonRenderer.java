package io.github.plandiff.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.History;
import io.github.plandiff.model.Lineage;
import io.github.plandiff.model.LineageStep;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Signal;

/**
 * Writes a {@link History} as JSON in the {@code plandiff/1} family, described by {@code
 * docs/schema/plandiff-history-1.schema.json}: the drafts, the warnings and one entry per lineage
 * with its steps. Field order is fixed and scores are rounded, so the same history always gives the
 * same bytes.
 */
public final class HistoryJsonRenderer {

  /** Creates a renderer. */
  public HistoryJsonRenderer() {}

  /**
   * Renders a history.
   *
   * @param history the history, not null
   * @return the JSON text, ending with a newline
   */
  public String render(History history) {
    ObjectNode root = Json.NODES.objectNode();
    root.put("schema", JsonRenderer.SCHEMA);
    ArrayNode drafts = root.putArray("drafts");
    for (Draft draft : history.drafts()) {
      ObjectNode node = drafts.addObject();
      node.put("label", draft.label());
      node.put("source", draft.source());
      node.put("clauses", draft.clauses().size());
    }
    root.set("warnings", Json.warnings(history.warnings()));
    ArrayNode lineages = root.putArray("lineages");
    for (Lineage lineage : history.lineages()) {
      ObjectNode node = lineages.addObject();
      lineage.mergedInto().ifPresent(i -> node.put("mergedInto", i));
      lineage.splitFrom().ifPresent(i -> node.put("splitFrom", i));
      ArrayNode steps = node.putArray("steps");
      for (LineageStep step : lineage.steps()) {
        steps.add(step(step));
      }
    }
    return Json.write(root);
  }

  private static ObjectNode step(LineageStep step) {
    ObjectNode node = Json.NODES.objectNode();
    node.put("draft", step.draft());
    node.set("ids", Json.strings(step.ids()));
    node.set("labels", Json.strings(step.labels()));
    node.put("status", step.status().name());
    if (step.fromDraft() >= 0) {
      node.put("fromDraft", step.fromDraft());
    }
    node.put("text", step.text());
    step.change().ifPresent(change -> change(node, change));
    return node;
  }

  private static void change(ObjectNode node, ClauseChange change) {
    ClauseMatch m = change.match();
    node.put("relation", m.relation().name());
    node.set("fromIds", Json.strings(m.oldIds()));
    node.put("similarity", Json.score(m.similarity()));
    node.put("moved", m.moved());
    node.put("renumbered", m.renumbered());
    change.significance().ifPresent(s -> node.put("significance", s.name()));
    ArrayNode signals = node.putArray("signals");
    for (Signal s : change.signals()) {
      ObjectNode sn = signals.addObject();
      sn.put("type", s.type().name());
      sn.put("old", s.oldText());
      sn.put("new", s.newText());
      sn.put("clause", s.clause());
    }
    node.set("topics", Json.strings(change.topics()));
    ArrayNode redline = node.putArray("redline");
    for (Segment s : change.redline()) {
      ObjectNode sn = redline.addObject();
      sn.put("op", s.op().name());
      sn.put("text", s.text());
      if (s.cosmetic()) {
        sn.put("cosmetic", true);
      }
    }
  }
}
