package io.github.plandiff.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.read.DraftReaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** US bills (USLM XML): every numbered unit becomes one clause, nested as in the XML. */
class BillsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "H1037_RFS.XML", "h1037_eh.XML", "H1058_RDS.XML", "h1058_enr.XML", "H2157_IH.XML",
        "h2157_enr.XML", "H264_PCS.XML", "h264_eh.XML", "HJ37_RFS.XML", "HJ37_RH.XML",
        "S2731_IPS.XML", "S2731_RCS.XML", "SC13_ES.XML", "SC13_RFH.XML", "SC13_ATS.XML"
      })
  void parsesOneClausePerNumberedUnitNestedAsInTheXml(String bill) throws Exception {
    assertOneClausePerNum(resource("/read/bills/" + bill), bill);
  }

  /**
   * The 3.3 MB H.R. 1865 (934 sections) is too big for the test resources: given with {@code
   * -Dplandiff.bigBill=PATH} (e.g. the corpus's BILLS-116hr1865eah.xml), it is checked too.
   */
  @Test
  void parsesOneClausePerNumberedUnitInTheBigBillWhenGiven() throws Exception {
    String path = System.getProperty("plandiff.bigBill", "");
    Assumptions.assumeTrue(
        !path.isEmpty() && Files.isRegularFile(Path.of(path)), "no -Dplandiff.bigBill=PATH given");
    assertOneClausePerNum(
        Files.readAllBytes(Path.of(path)), Path.of(path).getFileName().toString());
  }

  @Test
  void keepsTextBetweenAndAfterTheNumberedUnitsOutOfTheClauses() {
    String bill = "SC13_ES.XML";
    Draft draft =
        new DraftParser().parse(DraftReaders.read(resource("/read/bills/" + bill), bill), bill);

    assertThat(draft.allClauses()).extracting(Clause::label).doesNotContain("");
    assertThat(draft.allClauses())
        .anySatisfy(
            c ->
                assertThat(c.heading())
                    .hasValueSatisfying(
                        h ->
                            assertThat(h)
                                .startsWith("Resolved by the Senate")
                                .endsWith("That Congress\u2014")));
    assertThat(draft.trailing()).startsWith("Passed the Senate April 30, 2019.");
    assertThat(draft.preamble()).contains("CONCURRENT RESOLUTION");
  }

  private static void assertOneClausePerNum(byte[] xml, String bill) throws Exception {
    Draft draft = new DraftParser().parse(DraftReaders.read(xml, bill), bill);

    List<String> nums = new ArrayList<>();
    List<Integer> depths = new ArrayList<>();
    nums(xml, nums, depths);
    List<String> labels = new ArrayList<>();
    List<Integer> clauseDepths = new ArrayList<>();
    for (Clause c : draft.clauses()) {
      walk(c, 0, labels, clauseDepths);
    }
    assertThat(nums).isNotEmpty();
    assertThat(draft.allClauses()).as(bill).hasSize(nums.size());
    assertThat(labels).as(bill).isEqualTo(nums);
    assertThat(clauseDepths).as(bill).isEqualTo(depths);
  }

  private static void walk(Clause c, int depth, List<String> labels, List<Integer> depths) {
    labels.add(c.label());
    depths.add(depth);
    for (Clause child : c.children()) {
      walk(child, depth + 1, labels, depths);
    }
  }

  /**
   * Every {@code <num>} in document order, as printed (without opening quotation marks), and the
   * number of numbered elements around its own.
   */
  static void nums(byte[] xml, List<String> nums, List<Integer> depths) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    NodeList nodes =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate("//*[local-name()='num']", dom, XPathConstants.NODESET);
    for (int i = 0; i < nodes.getLength(); i++) {
      nums.add(
          nodes
              .item(i)
              .getTextContent()
              .replaceAll("[\\s\\p{Z}]+", " ")
              .strip()
              .replaceAll("^[\u201C\"\u2018]+", ""));
      int depth = 0;
      for (Node up = nodes.item(i).getParentNode().getParentNode();
          up != null;
          up = up.getParentNode()) {
        depth += numbered(up) ? 1 : 0;
      }
      depths.add(depth);
    }
  }

  private static boolean numbered(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE && "num".equals(child.getLocalName())) {
        return true;
      }
    }
    return false;
  }

  static byte[] resource(String name) {
    try (InputStream in = BillsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
