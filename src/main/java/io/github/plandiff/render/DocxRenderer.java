package io.github.plandiff.render;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.RenderException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a comparison as a Word document with real tracked changes: both drafts' text as one
 * document in which deletions are {@code w:del} and insertions {@code w:ins}, all by one author at
 * one fixed date. Accepting all changes gives exactly the new draft's text (preamble, section
 * headings, clause headings, each clause with its number, annex titles and texts, trailing text)
 * and rejecting all gives the old draft's. The summary is a comment on the first paragraph (see
 * {@link DocxSummary}), so that it is part of neither.
 *
 * <p>Clauses matched one to one and in order get a word-level redline; clauses that moved, merged
 * or split appear as a deletion where the old draft had them and an insertion where the new draft
 * has them, so that both orders survive. Needs {@code org.apache.poi:poi-ooxml} on the class path.
 */
public final class DocxRenderer {

  /** The author written on every tracked change unless another is given. */
  public static final String DEFAULT_AUTHOR = "plandiff";

  /** The date written on every tracked change unless another is given. */
  public static final Instant DEFAULT_DATE = Instant.parse("2026-01-01T00:00:00Z");

  private final String author;
  private final Instant date;

  /** Creates a renderer with the default author and date. */
  public DocxRenderer() {
    this(DEFAULT_AUTHOR, DEFAULT_DATE);
  }

  /**
   * Creates a renderer.
   *
   * @param author the author of the tracked changes, not blank
   * @param date the date of the tracked changes and the document, not null; whole seconds are kept
   * @throws IllegalArgumentException if the author is blank
   */
  public DocxRenderer(String author, Instant date) {
    if (Objects.requireNonNull(author, "author").isBlank()) {
      throw new IllegalArgumentException("author \"" + author + "\" is blank");
    }
    this.author = author;
    this.date = Objects.requireNonNull(date, "date").truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Renders a comparison.
   *
   * @param comparison the comparison, not null
   * @return the bytes of a .docx file
   * @throws RenderException if the document cannot be written, or Apache POI is not on the class
   *     path
   */
  public byte[] render(Comparison comparison) {
    DocxParagraphs doc = new DocxParagraphs(author, DateTimeFormatter.ISO_INSTANT.format(date));
    body(doc, comparison);
    String title =
        "plandiff: " + comparison.oldDraft().label() + " \u2192 " + comparison.newDraft().label();
    try {
      return DocxPackage.write(
          doc.paragraphs(),
          new DocxPackage.Meta(title, author, date, DocxSummary.paragraphs(comparison)));
    } catch (NoClassDefFoundError e) {
      throw new RenderException(
          "DOCX output needs org.apache.poi:poi-ooxml (5.5.1) on the class "
              + "path; add it as a dependency",
          e);
    }
  }

  private static void body(DocxParagraphs doc, Comparison comparison) {
    Draft oldDraft = comparison.oldDraft();
    Draft newDraft = comparison.newDraft();
    Map<String, Clause> olds = index(oldDraft);
    Map<String, Clause> news = index(newDraft);
    List<String> oldOrder = new ArrayList<>();
    Set<String> inChanges = new HashSet<>();
    comparison.changes().forEach(c -> inChanges.addAll(c.match().oldIds()));
    for (Clause clause : oldDraft.allClauses()) {
      if (inChanges.contains(clause.id())) {
        oldOrder.add(clause.id());
      }
    }
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < oldOrder.size(); i++) {
      position.put(oldOrder.get(i), i);
    }
    Set<ClauseChange> inPlace = inPlace(comparison.changes(), position);
    // New clauses are inserted in the new draft's order: the parts of a split that are not next to
    // each other wait until the clauses before them in the new draft have been written.
    InsertionOrder pending = new InsertionOrder(newDraft, comparison.changes());
    DocxHeadings headings = new DocxHeadings(comparison);
    int next = 0;
    for (int i = 0; i < comparison.changes().size(); i++) {
      ClauseChange change = comparison.changes().get(i);
      ClauseMatch m = change.match();
      headings.preamble(doc, i);
      if (inPlace.contains(change) && !m.oldIds().isEmpty()) {
        int first = position.get(m.oldIds().get(0));
        for (; next < first; next++) {
          whole(doc, "del", olds.get(oldOrder.get(next)));
        }
        next = position.get(m.oldIds().get(m.oldIds().size() - 1)) + 1;
      }
      headings.before(doc, i);
      if (!inPlace.contains(change)) {
        pending.release(m.newIds());
      } else if (m.oldIds().size() == 1 && m.newIds().size() == 1) {
        redline(doc, olds.get(m.oldIds().get(0)), news.get(m.newIds().get(0)), change);
        pending.written(m.newIds().get(0));
      } else {
        m.oldIds().forEach(id -> whole(doc, "del", olds.get(id)));
        pending.release(m.newIds());
      }
      pending.ready().forEach(id -> whole(doc, "ins", news.get(id)));
    }
    pending.ready().forEach(id -> whole(doc, "ins", news.get(id)));
    for (; next < oldOrder.size(); next++) {
      whole(doc, "del", olds.get(oldOrder.get(next)));
    }
    headings.preamble(doc, comparison.changes().size());
    headings.before(doc, comparison.changes().size());
  }

  /**
   * The changes that can be shown where they stand: not moved, and their old clauses contiguous and
   * after every old clause shown before them. The others are shown as a deletion and an insertion.
   */
  private static Set<ClauseChange> inPlace(List<ClauseChange> changes, Map<String, Integer> pos) {
    Set<ClauseChange> result = new HashSet<>();
    int last = -1;
    for (ClauseChange change : changes) {
      List<String> ids = change.match().oldIds();
      if (ids.isEmpty()) {
        result.add(change);
        continue;
      }
      int first = pos.get(ids.get(0));
      int end = pos.get(ids.get(ids.size() - 1));
      if (!change.match().moved() && first > last && end - first == ids.size() - 1) {
        result.add(change);
        last = end;
      }
    }
    return result;
  }

  private static void redline(DocxParagraphs doc, Clause old, Clause now, ClauseChange change) {
    DocxHeadings.lines(doc, headings(old), headings(now));
    doc.start(null);
    if (old.label().equals(now.label())) {
      if (!now.label().isEmpty()) {
        doc.plain(now.label() + " ", true);
      }
    } else {
      if (!old.label().isEmpty()) {
        doc.deleted(old.label() + " ");
      }
      if (!now.label().isEmpty()) {
        doc.inserted(now.label() + " ");
      }
    }
    DocxHeadings.segments(doc, change.redline());
    doc.end();
  }

  private static void whole(DocxParagraphs doc, String change, Clause clause) {
    boolean ins = change.equals("ins");
    String heading = headings(clause);
    DocxHeadings.lines(doc, ins ? "" : heading, ins ? heading : "");
    String text = labelled(clause);
    doc.start(change);
    if (change.equals("ins")) {
      doc.inserted(text);
    } else {
      doc.deleted(text);
    }
    doc.end();
  }

  /**
   * The headings of a clause and its sub-clauses, one per line, written above the clause.
   *
   * @param clause the clause
   * @return the headings, or empty
   */
  static String headings(Clause clause) {
    StringBuilder sb = new StringBuilder();
    for (Clause c : clause.flatten()) {
      if (c.heading().isPresent()) {
        sb.append(sb.length() > 0 ? "\n" : "").append(c.heading().get());
      }
    }
    return sb.toString();
  }

  /**
   * The text of a clause as a reader of the draft sees it: its label, a space, its full text.
   *
   * @param clause the clause
   * @return the text
   */
  static String labelled(Clause clause) {
    return clause.label().isEmpty() ? clause.fullText() : clause.label() + " " + clause.fullText();
  }

  /**
   * Splits text into its non-blank lines, as they become paragraphs.
   *
   * @param text the text
   * @return the lines that are not blank
   */
  static List<String> nonBlankLines(String text) {
    return DocxHeadings.nonBlankLines(text);
  }

  private static Map<String, Clause> index(Draft draft) {
    Map<String, Clause> byId = new HashMap<>();
    for (Clause clause : draft.allClauses()) {
      byId.put(clause.id(), clause);
    }
    return byId;
  }
}
