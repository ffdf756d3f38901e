package io.github.plandiff.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.DraftLedger;
import io.github.plandiff.model.Ledger;
import io.github.plandiff.model.LedgerEntry;
import io.github.plandiff.model.PartyCount;
import io.github.plandiff.model.PartyTally;
import io.github.plandiff.model.SentenceRef;
import java.io.IOException;

/** Writes ledgers as JSON: the {@code "ledger"} object of a comparison and of one draft. */
final class LedgerJson {

  private LedgerJson() {}

  /** The {@code "ledger"} field of a comparison. */
  static void comparison(JsonGenerator g, Ledger ledger) throws IOException {
    g.writeObjectFieldStart("ledger");
    g.writeArrayFieldStart("parties");
    for (PartyCount p : ledger.parties()) {
      count(g, p, false);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("groups");
    for (PartyCount p : ledger.groups()) {
      count(g, p, true);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("commitments");
    for (LedgerEntry e : ledger.commitments()) {
      g.writeStartObject();
      g.writeStringField("draft", e.draft());
      commitmentFields(g, e.commitment());
      g.writeStringField("status", e.status().name());
      if (e.counterpart().isPresent()) {
        SentenceRef r = e.counterpart().get();
        g.writeObjectFieldStart("counterpart");
        g.writeStringField("clause", r.clause());
        g.writeNumberField("sentence", r.sentence());
        g.writeNumberField("part", r.part());
        g.writeEndObject();
      } else {
        g.writeNullField("counterpart");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The {@code "ledger"} field of one draft. */
  static void draft(JsonGenerator g, DraftLedger ledger) throws IOException {
    g.writeObjectFieldStart("ledger");
    g.writeArrayFieldStart("parties");
    for (PartyTally p : ledger.parties()) {
      tally(g, p, false);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("groups");
    for (PartyTally p : ledger.groups()) {
      tally(g, p, true);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("commitments");
    for (Commitment c : ledger.commitments()) {
      g.writeStartObject();
      commitmentFields(g, c);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void count(JsonGenerator g, PartyCount p, boolean group) throws IOException {
    g.writeStartObject();
    g.writeStringField("party", p.party());
    if (group) {
      Json.strings(g, "members", p.members());
    }
    g.writeNumberField("old", p.oldCount());
    g.writeNumberField("new", p.newCount());
    g.writeNumberField("added", p.added());
    g.writeNumberField("removed", p.removed());
    g.writeNumberField("softened", p.softened());
    g.writeNumberField("hardened", p.hardened());
    g.writeNumberField("changed", p.changed());
    g.writeEndObject();
  }

  private static void tally(JsonGenerator g, PartyTally p, boolean group) throws IOException {
    g.writeStartObject();
    g.writeStringField("party", p.party());
    if (group) {
      Json.strings(g, "members", p.members());
    }
    g.writeNumberField("binding", p.binding());
    g.writeNumberField("soft", p.soft());
    g.writeNumberField("permission", p.permission());
    g.writeNumberField("total", p.total());
    g.writeEndObject();
  }

  private static void commitmentFields(JsonGenerator g, Commitment c) throws IOException {
    g.writeStringField("clause", c.clause());
    g.writeNumberField("sentence", c.sentence());
    g.writeNumberField("part", c.part());
    Json.strings(g, "obligors", c.obligors());
    g.writeStringField("modality", c.modality().name());
    g.writeBooleanField("negated", c.negated());
    Json.strings(g, "counterparties", c.counterparties());
    Json.strings(g, "conditions", c.conditions());
    Json.strings(g, "deadlines", c.deadlines());
    g.writeStringField("text", c.text());
  }
}
