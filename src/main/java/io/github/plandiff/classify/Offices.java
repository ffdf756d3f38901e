package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Offices and bodies that a text names by their form, not through the party lexicon: a run of
 * capitalised words, joined by "of", "on", "for", "and" or "the", whose head is a noun of office or
 * of a body ("Federal Trade Commission", "Director of the Office of Management and Budget",
 * "Committees on Appropriations of the House of Representatives and the Senate", "President’s
 * Commission on White House Fellows"). The head is the last capitalised word before the first "of",
 * "on" or "for" of the run. The lexicon comes first: a run that overlaps one of its mentions names
 * no office ("the Government of Ukraine" is Ukraine).
 */
final class Offices {

  /** Words that join the capitalised words of a name. */
  private static final Set<String> JOINS = Set.of("of", "on", "for", "and", "the");

  /** Joining words after which the head of a name is settled. */
  private static final Set<String> HEAD_ENDS = Set.of("of", "on", "for");

  private final CommitmentCues cues;

  Offices(CommitmentCues cues) {
    this.cues = cues;
  }

  /**
   * The mentions of a sentence with the offices it names added, in text order.
   *
   * @param text the text the words' offsets refer to
   * @param w the sentence's words
   * @param mentions the parties of the lexicon found in the sentence
   */
  List<Mention> addTo(String text, List<Word> w, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    int i = 0;
    while (i < w.size()) {
      if (!opens(w.get(i))
          || i > 0 && isDash(w.get(i - 1).after())
          || shortName(w.get(i))
          || quoted(w.get(i))) {
        i++;
        continue;
      }
      int last = runEnd(w, i);
      int head = heading(w, last) ? -1 : head(w, i, last);
      if (head >= 0 && yields(w, new int[] {i, head, last}, mentions)) {
        int start = w.get(i).start();
        int end = w.get(last).end();
        out.removeIf(m -> m.start() < end && start < m.end());
        out.add(new Mention(text.substring(start, end).replaceAll("\\s+", " "), start, end));
      }
      i = last + 1;
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /**
   * The last capitalised word of the run that starts at word {@code i}; a symbol between two words
   * ends it, but the dot of an initial ("U.S.").
   */
  private int runEnd(List<Word> w, int i) {
    int last = i;
    for (int j = i; j + 1 < w.size() && linked(w.get(j)); j++) {
      Word next = w.get(j + 1);
      if (!next.before().isEmpty() && !next.before().equals(".")) {
        break;
      }
      if (afterCapitalHeading(w, i, j + 1)) {
        break;
      }
      if (capitalised(next) && !JOINS.contains(next.norm())) {
        last = j + 1;
      } else if (!JOINS.contains(next.norm()) || joinsTwoNames(w, last, j)) {
        break;
      }
    }
    return last;
  }

  /**
   * Whether word {@code k} follows a heading in capitals of two words or more, as a text that runs
   * on after its heading does ("INDEPENDENT AGENCIES Commodity Futures Trading Commission"); an
   * acronym alone ("USAID Administrator") is no heading.
   */
  private static boolean afterCapitalHeading(List<Word> w, int from, int k) {
    if (k - 2 < from || allCaps(w.get(k)) || !allCaps(w.get(k - 1)) || !allCaps(w.get(k - 2))) {
      return false;
    }
    return capitalised(w.get(k));
  }

  private static boolean allCaps(Word word) {
    String t = word.text();
    return t.length() > 1
        && t.equals(t.toUpperCase(Locale.ROOT))
        && !t.equals(t.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether "and" at word {@code j + 1} joins two names: after a name that ends with its head ("the
   * Inter-American Foundation and the African Development Foundation") or before one that opens
   * with a head ("the Office of Financial Stability and the Office of Financial Research"); not
   * words of one name ("the Office of Management and Budget").
   */
  private boolean joinsTwoNames(List<Word> w, int last, int j) {
    if (!w.get(j + 1).norm().equals("and")) {
      return false;
    }
    int k = j + 2;
    if (k < w.size() && w.get(k).norm().equals("the")) {
      k++;
    }
    boolean opensWithHead = k < w.size() && capitalised(w.get(k)) && isHead(w.get(k));
    return isHead(w.get(last)) || opensWithHead;
  }

  private boolean isHead(Word word) {
    return cues.officeNouns.contains(bare(word.norm()));
  }

  private boolean isTitle(Word word) {
    return cues.officeTitles.contains(bare(word.norm()));
  }

  /**
   * The head of the run from word {@code from} to {@code last}, or -1 when it names no office: its
   * last word when that is a noun of office or a title in "General" ("District of Columbia Attorney
   * General"), else the last capitalised word before its first "of", "on" or "for".
   */
  private int head(List<Word> w, int from, int last) {
    if (last > from && (isHead(w.get(last)) || isTitle(w.get(last)))) {
      return last;
    }
    int head = from;
    for (int k = from; k <= last && !HEAD_ENDS.contains(w.get(k).norm()); k++) {
      if (capitalised(w.get(k))) {
        head = k;
      }
    }
    boolean title = isTitle(w.get(head)) && head > from;
    return isHead(w.get(head)) || title ? head : -1;
  }

  /**
   * Whether the lexicon's mentions inside a run (its first word, its head and its last word) give
   * way to the office: each one either qualifies it before the head ("the President’s Commission on
   * …", "the United States Mint", "the District of Columbia Attorney General") or names the head
   * itself while the run goes on past it ("Secretary" in "the Secretary of Homeland Security"). Any
   * other mention keeps the words ("the Government of Ukraine" is Ukraine; "the Security Council of
   * the United Nations" is the United Nations).
   */
  private static boolean yields(List<Word> w, int[] run, List<Mention> mentions) {
    int start = w.get(run[0]).start();
    int headStart = w.get(run[1]).start();
    int end = w.get(run[2]).end();
    for (Mention m : mentions) {
      if (m.end() <= start || m.start() >= end) {
        continue;
      }
      boolean holder = m.end() <= headStart;
      boolean named = m.start() <= headStart && m.end() > headStart && continuesWithOf(w, m, end);
      if (!holder && !named) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word right after a mention opens "of", "on" or "for" inside the run. */
  private static boolean continuesWithOf(List<Word> w, Mention m, int end) {
    for (int k = 0; k < w.size(); k++) {
      if (w.get(k).start() >= m.end()) {
        return w.get(k).start() < end && HEAD_ENDS.contains(w.get(k).norm());
      }
    }
    return false;
  }

  /** A word that may open a name: capitalised, not a determiner or a word that opens a clause. */
  private boolean opens(Word word) {
    String n = word.norm();
    return capitalised(word)
        && !cues.determiners.contains(n)
        && !cues.sentenceOpeners.contains(n)
        && !cues.subordinators.contains(n)
        && !cues.prepositions.contains(n)
        && !cues.negators.contains(n);
  }

  /** Whether a name may go on after this word: no symbol after it but the dot of an initial. */
  private static boolean linked(Word word) {
    return word.after().isEmpty() || word.after().equals(".") && word.text().length() == 1;
  }

  /**
   * A name in quotes, the title of a heading or an account ("under the heading “Office of Terrorism
   * and Financial Intelligence”"), which names no one who acts.
   */
  private static boolean quoted(Word word) {
    return word.before().equals("\"");
  }

  /** A name in brackets, the short name of the one before it: "the … Oversight Board (Board)". */
  private static boolean shortName(Word word) {
    return word.before().equals("(");
  }

  /**
   * Whether the run that ends at word {@code last} is a heading run into its text: a dash follows
   * it ("In General.—The Secretary", "Comptroller General of the United States Audit.—").
   */
  private static boolean heading(List<Word> w, int last) {
    return last + 1 < w.size() && isDash(w.get(last + 1).before());
  }

  /**
   * A dash (folded to "-") before a run joins it to a heading ("Corps of Engineers—Civil—Department
   * of the Army—Construction").
   */
  private static boolean isDash(String symbol) {
    return symbol.equals("-");
  }

  private static boolean capitalised(Word word) {
    return Character.isUpperCase(word.text().charAt(0));
  }

  /** A word without its possessive ending: "president's" → "president". */
  private static String bare(String norm) {
    String n = norm.toLowerCase(Locale.ROOT);
    return n.endsWith("'s") ? n.substring(0, n.length() - 2) : n;
  }
}
