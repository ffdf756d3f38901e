package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.List;

/** A commitment sentence in parts, so that an edit of {@link SignalReviser} can change one part. */
final class Commitment {

  List<String> subjects = new ArrayList<>();
  String modal;
  String predicate;
  String deadline = "";
  String condition = "";
  boolean conditionFirst;

  Commitment copy() {
    Commitment c = new Commitment();
    c.subjects = new ArrayList<>(subjects);
    c.modal = modal;
    c.predicate = predicate;
    c.deadline = deadline;
    c.condition = condition;
    c.conditionFirst = conditionFirst;
    return c;
  }

  String render() {
    String subject =
        subjects.size() == 1
            ? subjects.get(0)
            : String.join(", ", subjects.subList(0, subjects.size() - 1))
                + " and "
                + subjects.get(subjects.size() - 1);
    String verb =
        subjects.size() == 1
            ? modal
                .replace("agree to", "agrees to")
                .replace("undertake to", "undertakes to")
                .replace("agree not to", "agrees not to")
                .replace("undertake not to", "undertakes not to")
            : modal;
    String core =
        subject + " " + verb + " " + predicate + (deadline.isEmpty() ? "" : " " + deadline);
    String s =
        condition.isEmpty()
            ? core
            : conditionFirst ? condition + ", " + core : core + ", " + condition;
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }
}
