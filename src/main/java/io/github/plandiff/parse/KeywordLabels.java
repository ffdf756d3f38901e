package io.github.plandiff.parse;

import static io.github.plandiff.parse.LabelSeparators.ordinalSign;
import static io.github.plandiff.parse.LabelSeparators.skipSpace;
import static io.github.plandiff.parse.LabelSeparators.spaceOrEnd;
import static io.github.plandiff.parse.LabelSeparators.spacedDash;

import io.github.plandiff.parse.Label.Punctuation;
import io.github.plandiff.parse.Label.Reading;
import java.util.ArrayList;
import java.util.List;

/** Labels that start with a keyword: "Point 12 —", "Article 1.", "SEC. 2.", "§ 3", "пункт 4)". */
final class KeywordLabels {

  private KeywordLabels() {}

  /**
   * Reads a keyword label at position i.
   *
   * @param s the text
   * @param i where the label would start, not white space
   * @return the label, or null when none starts there
   */
  static Label at(String s, int i) {
    String keyword = LabelWords.keywordAt(s, i);
    int j = keyword == null ? -1 : afterKeyword(s, i, keyword);
    if (j < 0) {
      return null;
    }
    List<Integer> path = new ArrayList<>();
    List<Reading> readings = new ArrayList<>();
    int afterNumber = LabelNumbers.number(s, skipSpace(s, j), path, readings);
    if (afterNumber < 0) {
      return null;
    }
    afterNumber = ordinalSign(s, afterNumber);
    int end = punctuationEnd(s, afterNumber);
    if (!spaceOrEnd(s, end)) {
      return null;
    }
    int body = skipSpace(s, end);
    if (end == afterNumber && body < s.length() && Character.isLowerCase(s.charAt(body))) {
      return null; // "Article 5 of the Treaty" is a reference, not a label
    }
    String kw = LabelWords.normalise(keyword);
    if (path.size() > 1) {
      readings = LabelNumbers.multilevel(path);
    }
    Punctuation punctuation = punctuation(s, afterNumber, end);
    return new Label(s.substring(i, end).strip(), body, punctuation, kw, readings, path);
  }

  /** The index after a keyword that a space must follow when it ends in a letter, or -1. */
  private static int afterKeyword(String s, int i, String keyword) {
    int j = i + keyword.length();
    boolean letterEnd = Character.isLetter(keyword.charAt(keyword.length() - 1));
    if (letterEnd && (j >= s.length() || !Character.isWhitespace(s.charAt(j)))) {
      return -1;
    }
    return j;
  }

  /** The index after the stop (". : )") and spaced dash, either or both, after the number. */
  private static int punctuationEnd(String s, int afterNumber) {
    int j = afterNumber;
    if (j < s.length() && ".:)".indexOf(s.charAt(j)) >= 0) {
      j++;
    }
    int dash = spacedDash(s, j);
    return dash > 0 ? dash : j;
  }

  /** The punctuation between the number's end and the given end; a dash wins over a stop. */
  private static Punctuation punctuation(String s, int afterNumber, int end) {
    if (end == afterNumber) {
      return Punctuation.NONE;
    }
    if (end > afterNumber + 1) {
      return Punctuation.DASH; // a spaced dash is two characters at least
    }
    return s.charAt(afterNumber) == ')' ? Punctuation.CLOSE : Punctuation.DOT;
  }
}
