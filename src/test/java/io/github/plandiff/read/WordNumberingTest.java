package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordNumberingTest {

  private static final String W =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  private static org.w3c.dom.Document xml(String body) {
    return SafeXml.parse(body.getBytes(StandardCharsets.UTF_8), "test.xml");
  }

  private static String lvl(int ilvl, int start, String fmt, String text, String extra) {
    return "<w:lvl w:ilvl=\""
        + ilvl
        + "\"><w:start w:val=\""
        + start
        + "\"/><w:numFmt w:val=\""
        + fmt
        + "\"/><w:lvlText w:val=\""
        + text
        + "\"/>"
        + extra
        + "</w:lvl>";
  }

  private static WordNumbering numbering(String abstractLevels, String nums) {
    String xml =
        "<w:numbering "
            + W
            + "><w:abstractNum w:abstractNumId=\"0\">"
            + abstractLevels
            + "</w:abstractNum>"
            + nums
            + "</w:numbering>";
    return new WordNumbering(xml(xml), new WordStyles(null));
  }

  @Test
  void keepsCountingADeeperLevelWhenItsRestartIsOff() {
    WordNumbering numbering =
        numbering(
            lvl(0, 1, "decimal", "%1.", "")
                + lvl(1, 1, "decimal", "Note %2", "<w:lvlRestart w:val=\"0\"/>"),
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");

    List<String> labels =
        List.of(
            numbering.next("1", 0),
            numbering.next("1", 1),
            numbering.next("1", 0),
            numbering.next("1", 1));

    assertThat(labels).containsExactly("1.", "Note 1", "2.", "Note 2");
  }

  @Test
  void showsHigherLevelsInDecimalOnALegalLevel() {
    WordNumbering numbering =
        numbering(
            lvl(0, 1, "upperRoman", "%1.", "") + lvl(1, 1, "decimal", "%1.%2", "<w:isLgl/>"),
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");

    numbering.next("1", 0);
    numbering.next("1", 0);

    assertThat(numbering.next("1", 1)).isEqualTo("2.1");
  }

  @Test
  void appliesAStartOverrideAndALevelOverride() {
    WordNumbering numbering =
        numbering(
            lvl(0, 1, "decimal", "%1.", ""),
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
                + "<w:startOverride w:val=\"10\"/></w:lvlOverride></w:num>"
                + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
                + lvl(0, 1, "lowerLetter", "(%1)", "")
                + "</w:lvlOverride></w:num>");

    assertThat(
            List.of(
                numbering.next("1", 0),
                numbering.next("1", 0),
                numbering.next("2", 0),
                numbering.next("2", 0),
                numbering.next("3", 0)))
        .containsExactly("1.", "2.", "10.", "11.", "(l)");
  }

  @Test
  void givesNoLabelForUndefinedNumberingAndAnEmptyOneForFormatNone() {
    WordNumbering numbering =
        numbering(
            lvl(0, 1, "none", "", ""),
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");

    assertThat(numbering.next("7", 0)).isNull();
    assertThat(numbering.next("1", 5)).isNull();
    assertThat(numbering.next("1", 0)).isEmpty();
  }

  @Test
  void followsANumberingStyleLinkToTheRealDefinition() {
    String xml =
        "<w:numbering "
            + W
            + ">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:styleLink w:val=\"LegalList\"/>"
            + lvl(0, 1, "decimal", "Art. %1", "")
            + "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink"
            + " w:val=\"LegalList\"/></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId"
            + " w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId"
            + " w:val=\"1\"/></w:num></w:numbering>";
    String styles =
        "<w:styles "
            + W
            + "><w:style w:type=\"numbering\" w:styleId=\"LegalList\">"
            + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>";
    WordStyles wordStyles = new WordStyles(xml(styles));

    WordNumbering numbering = new WordNumbering(xml(xml), wordStyles);

    assertThat(List.of(numbering.next("2", 0), numbering.next("1", 0)))
        .containsExactly("Art. 1", "Art. 2");
  }

  @ParameterizedTest
  @CsvSource({
    "1,decimal,1",
    "4,lowerRoman,iv",
    "14,upperRoman,XIV",
    "3,lowerLetter,c",
    "28,upperLetter,BB",
    "7,decimalZero,07",
    "2,ordinal,2nd",
    "13,ordinal,13th",
    "5,none,''"
  })
  void formatsCountersAsWordShowsThem(int value, String format, String shown) {
    assertThat(WordNumbering.format(value, format)).isEqualTo(shown);
  }
}
