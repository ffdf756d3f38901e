package io.github.plandiff.testing;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Span;
import io.github.plandiff.model.TextNorm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Writes drafts and revisions of them with known truth, from a seed: renumbering, cosmetic and
 * substantive rewording, moves, adjacent and distant merges, two- and three-way splits, removals,
 * additions, and sub-points that are reworded, removed, added or moved to another point. A revision
 * can be revised again, so chains of drafts can be built. The same seed always gives the same
 * drafts.
 *
 * <pre>{@code
 * DraftGenerator gen = new DraftGenerator(42);
 * DraftGenerator.Revision r = gen.revise(gen.draft(200));
 * DraftGenerator.Revision next = gen.revise(r.newDraft());
 * }</pre>
 */
public final class DraftGenerator {

  /**
   * A pair of drafts and what an aligner should find between them.
   *
   * @param oldDraft the old draft
   * @param newDraft the new draft
   * @param truth one row per top-level change, in the new draft's order
   * @param childTruth one row per sub-point change (ids like "12.b")
   */
  public record Revision(
      Draft oldDraft, Draft newDraft, List<TruthRow> truth, List<TruthRow> childTruth) {
    /** Copies the lists. */
    public Revision {
      truth = List.copyOf(truth);
      childTruth = List.copyOf(childTruth);
    }
  }

  /**
   * How often each edit happens, per old point.
   *
   * @param remove share of points removed
   * @param add new points per old point
   * @param move share of points moved at least three places
   * @param merge share of points merged with another (adjacent or distant)
   * @param split share of points split in two or three (parts adjacent or distant)
   * @param reword share of the remaining points whose wording changes
   */
  public record Rates(
      double remove, double add, double move, double merge, double split, double reword) {
    /** Typical revision between two negotiation rounds. */
    public static final Rates DEFAULT = new Rates(0.08, 0.08, 0.05, 0.04, 0.04, 0.65);
  }

  private static final String[] FUNCTION = {
    "the", "of", "and", "to", "will", "shall", "in", "a", "by", "on", "for", "be", "with",
    "parties", "all", "its", "that", "not", "as", "under"
  };

  private static final String[] OPENERS = {
    "The parties agree that",
    "Within 30 days of signature",
    "The United States will ensure that",
    "Ukraine shall",
    "The Russian Federation shall",
    "It is expected that",
    "All parties undertake to",
    "Under the supervision of the council",
    "Upon entry into force of this agreement",
    "The signatories confirm that",
    "In accordance with international law",
    "No later than 100 days after signature"
  };

  private final SplittableRandom random;
  private final List<String> written = new ArrayList<>();
  private final Rates rates;
  private final String[] vocabulary;

  /**
   * A generator with the default rates.
   *
   * @param seed the seed
   */
  public DraftGenerator(long seed) {
    this(seed, Rates.DEFAULT);
  }

  /**
   * A generator.
   *
   * @param seed the seed
   * @param rates how often each edit happens
   */
  public DraftGenerator(long seed, Rates rates) {
    this.random = new SplittableRandom(seed);
    this.rates = rates;
    this.vocabulary = vocabulary(new SplittableRandom(seed ^ 0x5DEECE66DL), 6000);
  }

  /**
   * Writes a fresh draft.
   *
   * @param points how many top-level points
   * @return a draft labelled "generated"
   */
  public Draft draft(int points) {
    List<Item> items = new ArrayList<>();
    for (int k = 0; k < points; k++) {
      items.add(freshItem(true));
    }
    return build("generated", items);
  }

  /**
   * Revises a draft: applies random edits and records the truth.
   *
   * @param old any draft whose clauses have unique ids
   * @return the revision
   */
  public Revision revise(Draft old) {
    return new Reviser(this, old).revise();
  }

  // ---- text ----

  String sentence() {
    int len = 8 + random.nextInt(14);
    List<String> words = new ArrayList<>();
    if (random.nextDouble() < 0.3) {
      // Drafts repeat set phrases, which make unrelated points look alike.
      words.addAll(List.of(OPENERS[random.nextInt(OPENERS.length)].split(" ")));
    }
    for (int k = 0; k < len; k++) {
      double r = random.nextDouble();
      if (r < 0.4) {
        words.add(FUNCTION[random.nextInt(FUNCTION.length)]);
      } else if (r < 0.45) {
        words.add(Integer.toString(1 + random.nextInt(999)));
      } else {
        words.add(contentWord());
      }
    }
    String s = String.join(" ", words);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  String contentWord() {
    // Zipf-like: a few words are common across the draft, most are rare.
    double u = random.nextDouble();
    int rank = (int) Math.floor(Math.pow(vocabulary.length, u)) - 1;
    return vocabulary[Math.max(0, Math.min(vocabulary.length - 1, rank))];
  }

  String paragraph(int sentences) {
    List<String> s = new ArrayList<>();
    for (int k = 0; k < sentences; k++) {
      s.add(sentence());
    }
    return String.join(" ", s);
  }

  Item freshItem(boolean mayHaveChildren) {
    // Some points mirror an earlier one with a few words changed ("Russia will ..." / "Ukraine
    // will ..."), so that near-duplicates compete for the same counterpart.
    String text =
        !written.isEmpty() && random.nextDouble() < 0.05
            ? reword(written.get(random.nextInt(written.size())), 0.3)
            : paragraph(1 + random.nextInt(4));
    written.add(text);
    Item item = new Item(null, text);
    if (mayHaveChildren && random.nextDouble() < 0.2) {
      int n = 2 + random.nextInt(3);
      for (int k = 0; k < n; k++) {
        item.children.add(new Item(null, paragraph(1)));
      }
    }
    return item;
  }

  /** Rewords a text: strength is the share of words touched. */
  String reword(String text, double strength) {
    String[] words = text.split(" ");
    List<String> out = new ArrayList<>();
    for (String w : words) {
      double r = random.nextDouble();
      if (r < strength / 3) {
        continue;
      } else if (r < 2 * strength / 3) {
        out.add(contentWord());
      } else if (r < strength) {
        out.add(w);
        out.add(random.nextBoolean() ? contentWord() : FUNCTION[random.nextInt(FUNCTION.length)]);
      } else {
        out.add(w);
      }
    }
    if (out.isEmpty()) {
      out.add(contentWord());
    }
    String s = String.join(" ", out);
    return s.endsWith(".") ? s : s + ".";
  }

  /** Changes only case, punctuation or quote style. */
  String cosmetic(String text) {
    int kind = random.nextInt(3);
    if (kind == 0) {
      return text.endsWith(".") ? text.substring(0, text.length() - 1) + ";" : text + ";";
    } else if (kind == 1) {
      int sp = text.indexOf(' ');
      return sp < 0
          ? text.toUpperCase(Locale.ROOT)
          : text.substring(0, sp).toUpperCase(Locale.ROOT) + text.substring(sp);
    }
    return text.replaceFirst(" ", ", ");
  }

  String edit(String text) {
    double r = random.nextDouble();
    if (r < 0.2) {
      return cosmetic(text);
    } else if (r < 0.6) {
      return reword(text, 0.05 + random.nextDouble() * 0.1);
    } else if (r < 0.9) {
      return reword(text, 0.15 + random.nextDouble() * 0.2);
    }
    return reword(text, 0.35 + random.nextDouble() * 0.15);
  }

  SplittableRandom random() {
    return random;
  }

  Rates rates() {
    return rates;
  }

  private static String[] vocabulary(SplittableRandom r, int size) {
    String[] syll = {
      "ka", "ro", "mi", "te", "lan", "sor", "vi", "du", "pel", "ast", "gre", "nom", "tri", "bel",
      "cor", "fu", "zan", "hol", "rek", "ist", "ul", "men", "par", "dox"
    };
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    while (seen.size() < size) {
      int n = 2 + r.nextInt(3);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < n; k++) {
        sb.append(syll[r.nextInt(syll.length)]);
      }
      seen.add(sb.toString());
    }
    return seen.toArray(new String[0]);
  }

  // ---- drafts ----

  /** A point being written: where it came from, its text and its sub-points. */
  static final class Item {
    final List<String> from;
    String text;
    final List<Item> children = new ArrayList<>();
    boolean moved;
    String id;

    /** The split this item is a part of, shared by its parts. */
    Object split;

    /** For a sub-point: whether it came from another parent. */
    boolean crossParent;

    Item(List<String> from, String text) {
      this.from = from == null ? List.of() : List.copyOf(from);
      this.text = text;
    }
  }

  static Draft build(String label, List<Item> items) {
    StringBuilder text = new StringBuilder();
    List<Clause> clauses = new ArrayList<>();
    int line = 1;
    for (int k = 0; k < items.size(); k++) {
      Item item = items.get(k);
      item.id = Integer.toString(k + 1);
      int start = text.length();
      int first = line;
      String lab = item.id + ".";
      text.append(lab).append(' ').append(item.text).append('\n');
      line++;
      List<Clause> kids = new ArrayList<>();
      for (int c = 0; c < item.children.size(); c++) {
        Item child = item.children.get(c);
        child.id =
            item.id + "." + (char) ('a' + c % 26) + (c >= 26 ? Integer.toString(c / 26) : "");
        String clab = "(" + child.id.substring(item.id.length() + 1) + ")";
        int cs = text.length();
        text.append(clab).append(' ').append(child.text).append('\n');
        kids.add(
            new Clause(
                child.id,
                clab,
                Optional.empty(),
                child.text,
                List.of(),
                new Span(cs, text.length() - 1, line, line)));
        line++;
      }
      clauses.add(
          new Clause(
              item.id,
              lab,
              Optional.empty(),
              item.text,
              kids,
              new Span(start, text.length() - 1, first, line - 1)));
      text.append('\n');
      line++;
    }
    return new Draft(label, label + ".txt", "txt", "", clauses, "", text.toString(), List.of());
  }

  /**
   * Renders a draft as plain text that the text parser reads back: "N. text", sub-points "(a) text"
   * on lines of their own, a blank line between points.
   *
   * @param draft the draft
   * @return the text
   */
  public static String toText(Draft draft) {
    StringBuilder sb = new StringBuilder();
    for (Clause c : draft.clauses()) {
      sb.append(c.label()).append(' ').append(c.text()).append('\n');
      for (Clause child : c.children()) {
        sb.append(child.label()).append(' ').append(child.fullText()).append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static Relation oneToOne(String oldText, String newText) {
    return TextNorm.forComparison(oldText).equals(TextNorm.forComparison(newText))
        ? Relation.UNCHANGED
        : Relation.REWORDED;
  }
}
