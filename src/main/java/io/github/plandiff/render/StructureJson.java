package io.github.plandiff.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.plandiff.model.Annex;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.HeadingChange;
import io.github.plandiff.model.Section;
import io.github.plandiff.model.Span;
import java.io.IOException;

/** The JSON of the structure above clauses: sections, annexes, and the changes of headings. */
final class StructureJson {

  private StructureJson() {}

  static void headings(JsonGenerator g, Comparison comparison) throws IOException {
    g.writeArrayFieldStart("headings");
    for (HeadingChange h : comparison.headings()) {
      g.writeStartObject();
      g.writeStringField("kind", h.kind().name());
      g.writeStringField("relation", h.relation().name());
      Json.strings(g, "old", h.oldIds());
      Json.strings(g, "new", h.newIds());
      g.writeNumberField("position", h.position());
      g.writeNumberField("oldPosition", h.oldPosition());
      JsonRenderer.redline(g, h.redline());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void sections(JsonGenerator g, Draft draft) throws IOException {
    g.writeArrayFieldStart("sections");
    for (Section s : draft.sections()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("label", s.label());
      g.writeStringField("title", s.title());
      Json.strings(g, "clauses", s.clauses());
      span(g, s.span());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void annexes(JsonGenerator g, Draft draft) throws IOException {
    g.writeArrayFieldStart("annexes");
    for (Annex a : draft.annexes()) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("title", a.title());
      g.writeStringField("text", a.text());
      Json.strings(g, "clauses", a.clauses());
      span(g, a.span());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void span(JsonGenerator g, Span span) throws IOException {
    g.writeObjectFieldStart("span");
    g.writeNumberField("startLine", span.startLine());
    g.writeNumberField("endLine", span.endLine());
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
    g.writeEndObject();
  }
}
