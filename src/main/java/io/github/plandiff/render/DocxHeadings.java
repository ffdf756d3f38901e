package io.github.plandiff.render;

import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.HeadingChange;
import io.github.plandiff.model.HeadingKind;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the text outside clauses into a tracked-changes document, each side where its draft has
 * it: a heading whose clauses stand elsewhere in the old draft than in the new is deleted at its
 * old place and inserted at its new one, so that accepting and rejecting give each draft's order. A
 * clause's own headings are written with the clause, not here.
 */
final class DocxHeadings {

  private final List<List<HeadingChange>> at;
  private final List<List<HeadingChange>> oldAt;

  DocxHeadings(Comparison comparison) {
    at = HeadingPlaces.of(comparison);
    oldAt = new ArrayList<>();
    for (int i = 0; i < at.size(); i++) {
      oldAt.add(new ArrayList<>());
    }
    for (List<HeadingChange> place : at) {
      for (HeadingChange h : place) {
        if (moved(h)) {
          oldAt.get(Math.min(h.oldPosition(), at.size() - 1)).add(h);
        }
      }
    }
  }

  /** The preamble, if it stands before change i: before anything else of the document. */
  void preamble(DocxParagraphs doc, int i) {
    for (HeadingChange h : at.get(i)) {
      if (h.kind() == HeadingKind.PREAMBLE) {
        write(doc, h);
      }
    }
  }

  /** The other text before change i: old sides that stood here, then what stands here now. */
  void before(DocxParagraphs doc, int i) {
    for (HeadingChange h : oldAt.get(i)) {
      lines(doc, h.oldText(), "");
    }
    for (HeadingChange h : at.get(i)) {
      if (h.kind() == HeadingKind.PREAMBLE || h.kind() == HeadingKind.CLAUSE) {
        continue;
      }
      if (moved(h)) {
        lines(doc, "", h.newText());
      } else {
        write(doc, h);
      }
    }
  }

  private static boolean moved(HeadingChange h) {
    return h.oldPosition() != h.position()
        && h.relation() != Relation.ADDED
        && h.relation() != Relation.REMOVED;
  }

  private static void write(DocxParagraphs doc, HeadingChange h) {
    String oldText = h.oldText();
    String newText = h.newText();
    if (h.relation() == Relation.REWORDED && !oldText.contains("\n") && !newText.contains("\n")) {
      doc.start(null);
      segments(doc, h.redline());
      doc.end();
    } else {
      lines(doc, oldText, newText);
    }
  }

  static void segments(DocxParagraphs doc, List<Segment> redline) {
    for (Segment s : redline) {
      switch (s.op()) {
        case EQUAL -> doc.plain(s.text(), false);
        case DELETE -> doc.deleted(s.text(), s.cosmetic());
        case INSERT -> doc.inserted(s.text(), s.cosmetic());
      }
    }
  }

  /** Text outside clauses, one paragraph per non-blank line: kept, or replaced as a whole. */
  static void lines(DocxParagraphs doc, String oldText, String newText) {
    if (oldText.equals(newText)) {
      for (String line : nonBlankLines(newText)) {
        doc.paragraph(line, false);
      }
      return;
    }
    for (String line : nonBlankLines(oldText)) {
      doc.start("del").deleted(line).end();
    }
    for (String line : nonBlankLines(newText)) {
      doc.start("ins").inserted(line).end();
    }
  }

  static List<String> nonBlankLines(String text) {
    return text.lines().filter(line -> !line.isBlank()).toList();
  }
}
