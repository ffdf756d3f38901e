package io.github.plandiff.read;

import io.github.plandiff.model.DraftReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML with no DTDs and no external entities: a document with a DOCTYPE is refused, so no
 * entity can be expanded (billion laughs) or fetched (XXE).
 */
final class SafeXml {

  /** Deeper XML is refused: no real draft nests this far, and the readers walk it recursively. */
  static final int MAX_DEPTH = 1000;

  private static final String MAX_DEPTH_PROPERTY =
      "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

  private SafeXml() {}

  static Document parse(byte[] bytes, String source) {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(new SilentErrors());
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity " + systemId + " refused");
          });
      InputSource input = new InputSource(new ByteArrayInputStream(bytes));
      input.setSystemId("");
      return builder.parse(input);
    } catch (SAXParseException e) {
      String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
      throw new DraftReadException(source, "is not well-formed XML" + where + ": " + message(e), e);
    } catch (SAXException e) {
      throw new DraftReadException(source, "is not readable XML: " + message(e), e);
    } catch (IOException | ParserConfigurationException e) {
      throw new DraftReadException(source, "cannot be parsed as XML: " + e.getMessage(), e);
    }
  }

  private static String message(SAXException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("DOCTYPE")) {
      return "it has a DOCTYPE declaration, which is refused (DTDs and entities are not read)";
    }
    if (message.contains("maxElementDepth") || message.contains("depth")) {
      return "its elements nest deeper than " + MAX_DEPTH + " levels";
    }
    return message;
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    try {
      factory.setAttribute(MAX_DEPTH_PROPERTY, MAX_DEPTH);
    } catch (IllegalArgumentException e) {
      // Another parser than the JDK's: the readers' own walks stay bounded by the document.
    }
    factory.setExpandEntityReferences(false);
    return factory;
  }

  /** Keeps the parser from printing to standard error; fatal errors still throw. */
  private static final class SilentErrors implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {}

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  }
}
