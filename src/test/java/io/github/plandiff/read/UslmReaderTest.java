package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plandiff.model.Block;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.DraftReadException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

class UslmReaderTest {

  private static List<String> numsByXPath(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    NodeList nums =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate("//*[local-name()='num']", dom, XPathConstants.NODESET);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nums.getLength(); i++) {
      out.add(
          nums.item(i)
              .getTextContent()
              .replaceAll("[\\s\\p{Z}]+", " ")
              .strip()
              .replaceAll("^[“\"‘]+", ""));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "H1037_RFS.XML",
        "H1058_RDS.XML",
        "H2157_IH.XML",
        "H264_PCS.XML",
        "HJ37_RFS.XML",
        "HJ37_RH.XML",
        "S2731_IPS.XML",
        "SC13_ES.XML",
        "h1037_eh.XML",
        "h1058_enr.XML",
        "h2157_enr.XML"
      })
  void emitsOneListItemPerNumInTheBill(String bill) throws Exception {
    byte[] xml = ReadFixtures.resource("bills/" + bill);

    Document document = DraftReaders.read(xml, bill);

    List<String> labels =
        document.blocks().stream()
            .filter(b -> b.kind() == BlockKind.LIST_ITEM)
            .map(b -> b.label().orElseThrow())
            .toList();
    assertThat(document.format()).isEqualTo("uslm");
    assertThat(labels).isEqualTo(numsByXPath(xml));
    ReadFixtures.assertSpansHold(document);
  }

  @Test
  void nestsSectionsSubsectionsParagraphsAndClauses() {
    Document document = new UslmReader().read(ReadFixtures.resource("bills/h1037_eh.XML"), "h1037");

    List<Block> items =
        document.blocks().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).toList();
    assertThat(items.get(0).label()).hasValue("SECTION 1.");
    assertThat(items.get(0).text())
        .isEqualTo(
            "SHORT TITLE. This Act may be cited as the “Banking Transparency for Sanctioned Persons"
                + " Act of 2019”.");
    assertThat(items.get(1).label()).hasValue("SEC. 2.");
    assertThat(items.get(1).level()).isZero();
    assertThat(items.get(2).label()).hasValue("(a)");
    assertThat(items.get(2).level()).isEqualTo(1);
    assertThat(items.get(2).text()).startsWith("In General.—Not later than 180 days after");
    assertThat(items.get(3).label()).hasValue("(1)");
    assertThat(items.get(3).level()).isEqualTo(2);
    Block clause =
        items.stream()
            .filter(b -> b.label().orElseThrow().equals("(iii)"))
            .findFirst()
            .orElseThrow();
    assertThat(clause.level()).isEqualTo(4);
    assertThat(clause.text()).isEqualTo("Executive Order No. 13818.");
  }

  @Test
  void keepsTitleAndEnactingClauseAsTextAndLeavesOutMetadata() {
    Document document = new UslmReader().read(ReadFixtures.resource("bills/h1037_eh.XML"), "h1037");

    assertThat(ReadFixtures.paragraphs(document))
        .contains(
            "AN ACT",
            "Be it enacted by the Senate and House of Representatives of the United States of"
                + " America in Congress assembled,");
    assertThat(document.text())
        .doesNotContain("GPO XPub Bill to USLM Generator")
        .doesNotContain("IN THE HOUSE OF REPRESENTATIVES");
  }

  @Test
  void placesQuotedContentBelowTheItemThatInsertsIt() {
    Document document =
        new UslmReader().read(ReadFixtures.resource("bills/h1058_enr.XML"), "h1058");

    List<Block> blocks = document.blocks();
    int quoted = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).text().startsWith("Reducing disparities")) {
        quoted = i;
      }
    }
    assertThat(quoted).isPositive();
    Block inserting = blocks.get(quoted - 1);
    assertThat(inserting.text())
        .startsWith("in paragraph (3), by adding at the end the following:");
    assertThat(blocks.get(quoted).label()).hasValue("(D)");
    assertThat(blocks.get(quoted).level()).isEqualTo(inserting.level() + 1);
  }

  @Test
  void refusesDoctypeSoNoExternalEntityIsRead() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE bill [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<bill xmlns=\"http://schemas.gpo.gov/xml/uslm\"><section><num>SEC. 1.</num>"
            + "<content>&x;</content></section></bill>";

    assertThatThrownBy(() -> DraftReaders.read(xxe.getBytes(StandardCharsets.UTF_8), "evil.xml"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("evil.xml: ")
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:");
  }

  @Test
  void refusesEntityExpansionBombs() {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE bill [<!ENTITY a \"aaaaaaaaaa\">");
    for (char c = 'b'; c <= 'k'; c++) {
      String prev = String.valueOf((char) (c - 1));
      xml.append("<!ENTITY ")
          .append(c)
          .append(" \"")
          .append(("&" + prev + ";").repeat(10))
          .append("\">");
    }
    xml.append(
        "]><bill xmlns=\"http://schemas.gpo.gov/xml/uslm\"><section><num>1</num>"
            + "<content>&k;</content></section></bill>");

    assertThatThrownBy(
            () -> new UslmReader().read(xml.toString().getBytes(StandardCharsets.UTF_8), "lol.xml"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageContaining("lol.xml");
  }

  @Test
  void reportsMalformedXmlWithTheLine() {
    String xml = "<bill xmlns=\"http://schemas.gpo.gov/xml/uslm\">\n<section><num>1</num>\n</bill>";

    assertThatThrownBy(() -> DraftReaders.read(xml.getBytes(StandardCharsets.UTF_8), "broken.xml"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("broken.xml: is not well-formed XML at line 3");
  }
}
