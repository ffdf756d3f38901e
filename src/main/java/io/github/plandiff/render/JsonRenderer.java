package io.github.plandiff.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import io.github.plandiff.model.Summary;
import java.util.List;
import java.util.Map;

/**
 * Writes comparisons and drafts as JSON in the {@code plandiff/1} shape of DESIGN.md. Field order
 * is fixed and numbers are rounded, so the same result always gives the same bytes.
 */
public final class JsonRenderer {

  /** The schema identifier written in every document. */
  public static final String SCHEMA = "plandiff/1";

  /** Creates a renderer. */
  public JsonRenderer() {}

  /**
   * Renders a comparison.
   *
   * @param comparison the comparison
   * @return the JSON text, ending with a newline
   */
  public String render(Comparison comparison) {
    ObjectNode root = Json.NODES.objectNode();
    root.put("schema", SCHEMA);
    root.set("old", draftInfo(comparison.oldDraft()));
    root.set("new", draftInfo(comparison.newDraft()));
    root.set("summary", summary(comparison.summary()));
    root.set("warnings", Json.warnings(comparison.warnings()));
    ArrayNode changes = root.putArray("changes");
    for (ClauseChange change : comparison.changes()) {
      changes.add(change(change));
    }
    return Json.write(root);
  }

  /**
   * Renders a parsed draft: its clause tree and its warnings.
   *
   * @param draft the draft
   * @return the JSON text, ending with a newline
   */
  public String render(Draft draft) {
    ObjectNode root = Json.NODES.objectNode();
    root.put("schema", SCHEMA);
    ObjectNode d = root.putObject("draft");
    d.put("label", draft.label());
    d.put("source", draft.source());
    d.put("format", draft.format());
    d.put("preamble", draft.preamble());
    ArrayNode clauses = d.putArray("clauses");
    for (Clause clause : draft.clauses()) {
      clauses.add(clause(clause));
    }
    d.put("trailing", draft.trailing());
    root.set("warnings", Json.warnings(draft.warnings()));
    return Json.write(root);
  }

  private static ObjectNode draftInfo(Draft draft) {
    ObjectNode node = Json.NODES.objectNode();
    node.put("label", draft.label());
    node.put("source", draft.source());
    node.put("clauses", draft.clauses().size());
    return node;
  }

  private static ObjectNode summary(Summary summary) {
    ObjectNode node = Json.NODES.objectNode();
    for (Relation r : Relation.values()) {
      node.put(r.name(), summary.count(r));
    }
    node.put("moved", summary.moved());
    node.put("renumbered", summary.renumbered());
    ObjectNode signals = node.putObject("signals");
    for (Map.Entry<SignalType, Integer> e : summary.signals().entrySet()) {
      signals.put(e.getKey().name(), e.getValue());
    }
    ObjectNode topics = node.putObject("topics");
    for (Map.Entry<String, Integer> e : summary.topics().entrySet()) {
      topics.put(e.getKey(), e.getValue());
    }
    return node;
  }

  private static ObjectNode change(ClauseChange change) {
    ClauseMatch m = change.match();
    ObjectNode node = Json.NODES.objectNode();
    node.put("relation", m.relation().name());
    node.set("old", Json.strings(m.oldIds()));
    node.set("new", Json.strings(m.newIds()));
    node.put("similarity", Json.score(m.similarity()));
    node.put("margin", Json.score(m.margin()));
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
      if (s.oldOffset() >= 0) {
        sn.put("oldOffset", s.oldOffset());
      }
      if (s.newOffset() >= 0) {
        sn.put("newOffset", s.newOffset());
      }
    }
    node.set("topics", Json.strings(change.topics()));
    node.set("redline", redline(change.redline()));
    if (!change.children().isEmpty()) {
      ArrayNode children = node.putArray("children");
      for (ClauseChange child : change.children()) {
        children.add(change(child));
      }
    }
    return node;
  }

  private static ArrayNode redline(List<Segment> segments) {
    ArrayNode array = Json.NODES.arrayNode();
    for (Segment s : segments) {
      ObjectNode node = array.addObject();
      node.put("op", s.op().name());
      node.put("text", s.text());
    }
    return array;
  }

  private static ObjectNode clause(Clause clause) {
    ObjectNode node = Json.NODES.objectNode();
    node.put("id", clause.id());
    node.put("label", clause.label());
    clause.heading().ifPresentOrElse(h -> node.put("heading", h), () -> node.putNull("heading"));
    node.put("text", clause.text());
    ObjectNode span = node.putObject("span");
    span.put("startLine", clause.span().startLine());
    span.put("endLine", clause.span().endLine());
    span.put("start", clause.span().start());
    span.put("end", clause.span().end());
    ArrayNode children = node.putArray("children");
    for (Clause child : clause.children()) {
      children.add(clause(child));
    }
    return node;
  }
}
