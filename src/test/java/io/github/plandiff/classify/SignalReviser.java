package io.github.plandiff.classify;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.SignalType;
import io.github.plandiff.testing.DraftGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Writes a pair of drafts with signal truth, from a seed: a draft of the aligner's {@link
 * DraftGenerator} gets a commitment sentence in some of its points, and the revision applies one
 * known edit to each of those points (a modal swapped, a negation inserted or removed, an amount or
 * a deadline changed, a party added or removed, a condition added or removed, the sentence removed
 * or added) or a cosmetic edit that must raise nothing. A few points are moved. The truth is the
 * set of signal types each old point should raise; the edits are written from the labelling
 * conventions of labelled-pairs.txt, never from what the classifier does.
 */
final class SignalReviser {

  /** The kinds of edit, in the order they are counted. */
  enum Kind {
    WEAKEN,
    STRENGTHEN,
    NEGATE,
    UNNEGATE,
    QUANTITY,
    DEADLINE,
    PARTY_ADD,
    PARTY_REMOVE,
    CONDITION_ADD,
    CONDITION_REMOVE,
    COMMITMENT_ADD,
    COMMITMENT_REMOVE,
    REPORTED_ADD,
    REPORTED_REMOVE,
    COSMETIC,
    KEPT,
    NONE
  }

  /**
   * One generated pair of drafts.
   *
   * @param oldDraft the old draft, parsed from text
   * @param newDraft the new draft, parsed from text
   * @param truth for each old top-level id, the signal types its change should raise
   * @param kinds for each old top-level id, the edit it received
   */
  record Revision(
      Draft oldDraft,
      Draft newDraft,
      Map<String, Set<SignalType>> truth,
      Map<String, Kind> kinds) {}

  private static final String[] SUBJECTS = {
    "Russia",
    "Ukraine",
    "the United States",
    "Europe",
    "NATO",
    "the European Union",
    "the IAEA",
    "the United Nations",
    "the Peace Council"
  };
  private static final String[] PREDICATES = {
    "withdraw its forces from the buffer zone",
    "limit its armed forces to {600,000|800,000|450,000|250,000} personnel",
    "contribute {$100 billion|$150 billion|$50 billion|€20 billion} to the reconstruction fund",
    "release {50 percent|30 percent|25%|two thirds} of the frozen assets",
    "exchange all prisoners of war",
    "lift the sanctions in stages",
    "hold elections",
    "deploy {200|400|1,500|one hundred} monitors along the contact line",
    "recognise the line of contact",
    "guarantee the safety of the nuclear plant",
    "return all deported children",
    "refrain from stationing troops in the demilitarised zone",
    "pay {3|5|12} million dollars in compensation",
    "rebuild the damaged energy grid"
  };
  private static final String[] STRONG = {"will", "shall", "must", "agree to", "undertake to"};
  private static final String[] WEAK = {"may", "could", "might", "should", "will seek to"};
  private static final String[] DEADLINES = {
    "within {100|60|30|90} days",
    "by {2027|2030|2026}",
    "for {10|25|5} years",
    "no later than {30|60|14} days after signature",
    "by {1 March|15 June|1 January}",
    "by {1 March 2026|1 June 2026|31 December 2027}"
  };
  private static final String[] CONDITIONS = {
    "provided that the ceasefire holds",
    "if the monitoring mission confirms compliance",
    "unless the agreement is suspended",
    "subject to approval by referendum",
    "once the exchange of prisoners is complete",
    "on condition that the withdrawal is verified",
    "as long as the truce is respected",
    "in the event of a renewed offensive",
    "once a peace agreement has been signed"
  };

  /** Sentences that report or assume what a party will do, and so bind no one. */
  private static final String[] REPORTED = {
    "The parties proceed on the assumption that {party} will not attack its neighbours.",
    "{Party} has stated that it will respect the ceasefire.",
    "{Party} has indicated that it will rebuild the energy grid.",
    "It is anticipated that {party} will release all prisoners."
  };

  private static final Pattern SLOT = Pattern.compile("\\{([^}]*)\\}");

  private final SplittableRandom random;
  private final DraftGenerator gen;

  SignalReviser(long seed) {
    this.random = new SplittableRandom(seed * 31 + 7);
    this.gen = new DraftGenerator(seed);
  }

  Revision revise(int points) {
    Draft base = gen.draft(points);
    List<String> oldTexts = new ArrayList<>();
    List<String> newTexts = new ArrayList<>();
    List<List<String>> children = new ArrayList<>();
    Map<String, Set<SignalType>> truth = new LinkedHashMap<>();
    Map<String, Kind> kinds = new LinkedHashMap<>();
    for (Clause c : base.clauses()) {
      String[] pair = edit(c.text(), kinds, c.id());
      oldTexts.add(pair[0]);
      newTexts.add(pair[1]);
      List<String> kids = new ArrayList<>();
      c.children().forEach(k -> kids.add(k.text()));
      children.add(kids);
      truth.put(
          c.id(), SignalTruth.expected(kinds.get(c.id()), pair[2], pair[3], pair[0], pair[1]));
    }
    List<Integer> order = moved(points);
    Draft oldDraft = parse(oldTexts, children, identity(points), "old");
    Draft newDraft = parse(newTexts, children, order, "new");
    return new Revision(oldDraft, newDraft, truth, kinds);
  }

  private String[] edit(String filler, Map<String, Kind> kinds, String id) {
    double r = random.nextDouble();
    Commitment c = commitment();
    Kind kind;
    if (r < 0.25) {
      kind = Kind.NONE;
    } else if (r < 0.35) {
      kind = Kind.KEPT;
    } else if (r < 0.5) {
      kind = Kind.COSMETIC;
    } else {
      kind = Kind.values()[random.nextInt(Kind.COSMETIC.ordinal())];
    }
    String[] sentences = filler.split("(?<=\\.) ");
    int at = random.nextInt(sentences.length + 1);
    String before = String.join(" ", java.util.Arrays.copyOfRange(sentences, 0, at));
    String after = String.join(" ", java.util.Arrays.copyOfRange(sentences, at, sentences.length));
    String oldSentence = c.render();
    String[] modals = {c.modal, c.modal};
    String newSentence = kind == Kind.NONE ? "" : apply(kind, c, oldSentence, modals);
    if (newSentence == null) {
      kind = Kind.KEPT;
      newSentence = oldSentence;
    }
    if (kind == Kind.NONE) {
      oldSentence = "";
      newSentence = "";
    } else if (kind == Kind.COMMITMENT_ADD) {
      newSentence = oldSentence;
      oldSentence = "";
    } else if (kind == Kind.COMMITMENT_REMOVE) {
      newSentence = "";
    } else if (kind == Kind.REPORTED_ADD) {
      oldSentence = "";
      newSentence = reported();
    } else if (kind == Kind.REPORTED_REMOVE) {
      oldSentence = reported();
      newSentence = "";
    }
    kinds.put(id, kind);
    return new String[] {
      join(before, oldSentence, after), join(before, newSentence, after), modals[0], modals[1]
    };
  }

  private String reported() {
    String party = pick(SUBJECTS);
    String s = pick(REPORTED);
    return s.replace("{party}", party)
        .replace("{Party}", Character.toUpperCase(party.charAt(0)) + party.substring(1));
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (!p.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : " ").append(p);
      }
    }
    return sb.toString();
  }

  private Commitment commitment() {
    Commitment c = new Commitment();
    c.subjects.add(pick(SUBJECTS));
    if (random.nextDouble() < 0.35) {
      String second = pick(SUBJECTS);
      if (!second.equals(c.subjects.get(0))) {
        c.subjects.add(second);
      }
    }
    double m = random.nextDouble();
    c.modal =
        m < 0.55
            ? pick(STRONG)
            : m < 0.8
                ? pick(WEAK)
                : pick(new String[] {"will not", "shall not", "must not", "may not"});
    c.predicate = fill(pick(PREDICATES));
    c.deadline = random.nextDouble() < 0.4 ? fill(pick(DEADLINES)) : "";
    c.condition = random.nextDouble() < 0.3 ? pick(CONDITIONS) : "";
    c.conditionFirst = random.nextDouble() < 0.3;
    return c;
  }

  /** The edited sentence, or null when the edit does not apply to this sentence. */
  private String apply(Kind kind, Commitment old, String oldSentence, String[] modals) {
    if (kind == Kind.COSMETIC) {
      return cosmetic(oldSentence);
    }
    Commitment c = old.copy();
    boolean applies =
        switch (kind) {
          case WEAKEN, STRENGTHEN, NEGATE, UNNEGATE -> editModal(kind, c);
          case PARTY_ADD, PARTY_REMOVE -> editParty(kind, c, oldSentence);
          case COMMITMENT_ADD, COMMITMENT_REMOVE -> c.modal.endsWith(" not") || strong(c.modal);
          default -> editPart(kind, c);
        };
    if (!applies) {
      return null;
    }
    modals[1] = c.modal;
    return c.render();
  }

  private static boolean strong(String modal) {
    return List.of(STRONG).contains(modal);
  }

  private boolean editModal(Kind kind, Commitment c) {
    boolean negated = c.modal.endsWith(" not");
    boolean strong = strong(c.modal);
    if (kind == Kind.WEAKEN) {
      if (negated && !c.modal.equals("may not")) {
        c.modal = "may";
      } else if (strong || c.modal.equals("should")) {
        c.modal = strong ? pick(WEAK) : pick(new String[] {"may", "could", "might"});
      } else {
        return false;
      }
    } else if (kind == Kind.STRENGTHEN) {
      if (negated || strong) {
        return false;
      }
      c.modal = c.modal.equals("should") ? pick(new String[] {"must", "shall"}) : pick(STRONG);
    } else if (kind == Kind.NEGATE) {
      if (negated || !strong && !c.modal.equals("may")) {
        return false;
      }
      c.modal = c.modal.endsWith(" to") ? c.modal.replace(" to", " not to") : c.modal + " not";
    } else {
      if (!negated) {
        return false;
      }
      c.modal = c.modal.substring(0, c.modal.length() - " not".length());
    }
    return true;
  }

  private boolean editParty(Kind kind, Commitment c, String oldSentence) {
    if (kind == Kind.PARTY_REMOVE) {
      if (c.subjects.size() < 2) {
        return false;
      }
      c.subjects.remove(random.nextInt(c.subjects.size()));
    } else if (random.nextDouble() < 0.3) {
      String[] adjective = SignalTruth.ADJECTIVES[random.nextInt(SignalTruth.ADJECTIVES.length)];
      c.predicate = c.predicate + " with " + adjective[0] + " support";
    } else {
      c.subjects.add(random.nextInt(c.subjects.size() + 1), absentParty(oldSentence));
    }
    return true;
  }

  /** Amounts, deadlines and conditions; other kinds leave the sentence as it is. */
  private boolean editPart(Kind kind, Commitment c) {
    switch (kind) {
      case QUANTITY -> c.predicate = change(c.predicate, PREDICATES);
      case DEADLINE ->
          c.deadline =
              c.deadline.isEmpty()
                  ? fill(pick(DEADLINES))
                  : random.nextDouble() < 0.25 ? "" : change(c.deadline, DEADLINES);
      case CONDITION_ADD -> c.condition = c.condition.isEmpty() ? pick(CONDITIONS) : null;
      case CONDITION_REMOVE -> c.condition = c.condition.isEmpty() ? null : "";
      default -> {}
    }
    return c.predicate != null && c.condition != null;
  }

  /** Changes only case, quotes, punctuation or digit grouping. */
  private String cosmetic(String s) {
    int kind = random.nextInt(5);
    String body = s.substring(0, s.length() - 1);
    return switch (kind) {
      case 0 -> body + ";";
      case 1 ->
          s.substring(0, s.indexOf(' ')).toUpperCase(Locale.ROOT) + s.substring(s.indexOf(' '));
      case 2 -> s.replaceFirst(" (\\p{L}+ \\p{L}+)\\.$", " \u201C$1\u201D.");
      case 3 -> s.contains(" and ") ? s.replaceFirst(" and ", ", and ") : "\"" + s + "\"";
      default ->
          s.matches(".*\\d,\\d.*")
              ? s.replaceAll("(\\d),(\\d)", "$1 $2")
              : s.replace(" the ", " the  ");
    };
  }

  private String absentParty(String sentence) {
    List<String> absent = new ArrayList<>();
    for (String s : SUBJECTS) {
      if (!sentence.contains(s.replace("the ", ""))) {
        absent.add(s);
      }
    }
    return absent.get(random.nextInt(absent.size()));
  }

  /** Replaces each slot's chosen value by another value of the same slot in the template. */
  private String change(String text, String[] templates) {
    for (String t : templates) {
      java.util.regex.Matcher m = SLOT.matcher(t);
      if (!m.find()) {
        continue;
      }
      String[] values = m.group(1).split("\\|");
      String prefix = t.substring(0, m.start());
      String suffix = t.substring(m.end());
      for (String v : values) {
        if (text.equals(prefix + v + suffix)) {
          String w;
          do {
            w = values[random.nextInt(values.length)];
          } while (w.equals(v));
          return prefix + w + suffix;
        }
      }
    }
    return null;
  }

  private String fill(String template) {
    java.util.regex.Matcher m = SLOT.matcher(template);
    if (!m.find()) {
      return template;
    }
    String[] values = m.group(1).split("\\|");
    return template.substring(0, m.start())
        + values[random.nextInt(values.length)]
        + template.substring(m.end());
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private List<Integer> moved(int points) {
    List<Integer> order = new ArrayList<>(identity(points));
    int moves = points < 8 ? 0 : Math.max(1, points / 20);
    for (int k = 0; k < moves; k++) {
      int from = random.nextInt(points);
      int to;
      do {
        to = random.nextInt(points);
      } while (Math.abs(to - from) < 3);
      order.add(to, order.remove(from));
    }
    return order;
  }

  private static List<Integer> identity(int points) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < points; k++) {
      out.add(k);
    }
    return out;
  }

  private static Draft parse(
      List<String> texts, List<List<String>> children, List<Integer> order, String label) {
    StringBuilder sb = new StringBuilder();
    int n = 1;
    for (int k : order) {
      sb.append(n++).append(". ").append(texts.get(k)).append('\n');
      List<String> kids = children.get(k);
      for (int c = 0; c < kids.size(); c++) {
        sb.append('(').append((char) ('a' + c)).append(") ").append(kids.get(c)).append('\n');
      }
      sb.append('\n');
    }
    return PlanDiff.parse(sb.toString().getBytes(StandardCharsets.UTF_8), label + ".txt", label);
  }
}
