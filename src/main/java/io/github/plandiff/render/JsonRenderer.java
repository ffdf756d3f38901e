package io.github.plandiff.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.plandiff.model.Candidate;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.DraftLedger;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import io.github.plandiff.model.Summary;
import java.io.IOException;
import java.io.Writer;
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
    return Json.write(body(comparison));
  }

  /**
   * Renders a comparison to a writer, the same text as {@link #render(Comparison)} without holding
   * it in memory: the output of a long comparison can be many times the size of the drafts.
   *
   * @param comparison the comparison
   * @param out where to write; flushed, not closed
   * @throws io.github.plandiff.model.RenderException if the writer fails
   */
  public void render(Comparison comparison, Writer out) {
    Json.write(body(comparison), out);
  }

  /**
   * Renders the ledger of one draft: who is bound to what.
   *
   * @param ledger the ledger
   * @return the JSON text, ending with a newline
   */
  public String render(DraftLedger ledger) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("schema", SCHEMA);
          g.writeObjectFieldStart("draft");
          g.writeStringField("label", ledger.label());
          g.writeStringField("source", ledger.source());
          g.writeEndObject();
          LedgerJson.draft(g, ledger);
          g.writeEndObject();
        });
  }

  private static Json.Body body(Comparison comparison) {
    return g -> {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      draftInfo(g, "old", comparison.oldDraft());
      draftInfo(g, "new", comparison.newDraft());
      summary(g, comparison.summary());
      Json.warnings(g, comparison.warnings());
      g.writeArrayFieldStart("changes");
      for (ClauseChange change : comparison.changes()) {
        change(g, change);
      }
      g.writeEndArray();
      StructureJson.headings(g, comparison);
      LedgerJson.comparison(g, comparison.ledger());
      g.writeEndObject();
    };
  }

  /**
   * Renders a parsed draft: its clause tree and its warnings.
   *
   * @param draft the draft
   * @return the JSON text, ending with a newline
   */
  public String render(Draft draft) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("schema", SCHEMA);
          g.writeObjectFieldStart("draft");
          g.writeStringField("label", draft.label());
          g.writeStringField("source", draft.source());
          g.writeStringField("format", draft.format());
          g.writeStringField("preamble", draft.preamble());
          g.writeArrayFieldStart("clauses");
          for (Clause clause : draft.clauses()) {
            clause(g, clause);
          }
          g.writeEndArray();
          g.writeStringField("trailing", draft.trailing());
          StructureJson.sections(g, draft);
          StructureJson.annexes(g, draft);
          g.writeEndObject();
          Json.warnings(g, draft.warnings());
          g.writeEndObject();
        });
  }

  /** Writes a redline's segments as the "redline" array. */
  static void redline(JsonGenerator g, List<Segment> segments) throws IOException {
    g.writeArrayFieldStart("redline");
    for (Segment s : segments) {
      g.writeStartObject();
      g.writeStringField("op", s.op().name());
      g.writeStringField("text", s.text());
      if (s.cosmetic()) {
        g.writeBooleanField("cosmetic", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void draftInfo(JsonGenerator g, String field, Draft draft) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("label", draft.label());
    g.writeStringField("source", draft.source());
    g.writeNumberField("clauses", draft.clauses().size());
    g.writeEndObject();
  }

  private static void summary(JsonGenerator g, Summary summary) throws IOException {
    g.writeObjectFieldStart("summary");
    for (Relation r : Relation.values()) {
      g.writeNumberField(r.name(), summary.count(r));
    }
    g.writeNumberField("moved", summary.moved());
    g.writeNumberField("renumbered", summary.renumbered());
    g.writeObjectFieldStart("signals");
    for (Map.Entry<SignalType, Integer> e : summary.signals().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("topics");
    for (Map.Entry<String, Integer> e : summary.topics().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void change(JsonGenerator g, ClauseChange change) throws IOException {
    ClauseMatch m = change.match();
    g.writeStartObject();
    g.writeStringField("relation", m.relation().name());
    Json.strings(g, "old", m.oldIds());
    Json.strings(g, "new", m.newIds());
    g.writeNumberField("similarity", Json.score(m.similarity()));
    g.writeNumberField("margin", Json.score(m.margin()));
    g.writeNumberField("confidence", Json.score(m.confidence()));
    g.writeArrayFieldStart("candidates");
    for (Candidate c : m.candidates()) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeNumberField("confidence", Json.score(c.confidence()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("moved", m.moved());
    g.writeBooleanField("renumbered", m.renumbered());
    if (change.significance().isPresent()) {
      g.writeStringField("significance", change.significance().get().name());
    }
    g.writeArrayFieldStart("signals");
    for (Signal s : change.signals()) {
      g.writeStartObject();
      g.writeStringField("type", s.type().name());
      g.writeStringField("old", s.oldText());
      g.writeStringField("new", s.newText());
      g.writeStringField("clause", s.clause());
      if (s.oldOffset() >= 0) {
        g.writeNumberField("oldOffset", s.oldOffset());
      }
      if (s.newOffset() >= 0) {
        g.writeNumberField("newOffset", s.newOffset());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    Json.strings(g, "topics", change.topics());
    redline(g, change.redline());
    if (!change.children().isEmpty()) {
      g.writeArrayFieldStart("children");
      for (ClauseChange child : change.children()) {
        change(g, child);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void clause(JsonGenerator g, Clause clause) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", clause.id());
    g.writeStringField("label", clause.label());
    if (clause.heading().isPresent()) {
      g.writeStringField("heading", clause.heading().get());
    } else {
      g.writeNullField("heading");
    }
    g.writeStringField("text", clause.text());
    StructureJson.span(g, clause.span());
    g.writeArrayFieldStart("children");
    for (Clause child : clause.children()) {
      clause(g, child);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
