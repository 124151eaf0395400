package fr.brochures.ebook.images;

import fr.brochures.ebook.xhtml.NestingDepth;
import fr.brochures.ebook.xhtml.XmlSafety;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;

/** The JDK's XML parser and serializer set up so that nothing is ever read from outside the file (no DTD, no entity). */
final class SafeXml {

    /** Far below the JDK's own limit (64,000): a drawing needs a handful of entities, a "billion laughs" file millions. */
    private static final String ENTITY_EXPANSION_LIMIT = "2000";
    private static final String ENTITY_EXPANSION_LIMIT_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit";

    private SafeXml() {
    }

    /**
     * A namespace-aware DOM; errors come as exceptions, never printed. A file nesting elements deeper than
     * {@link NestingDepth#MAX} is refused ({@link NestingDepth.TooDeep}) before the DOM is built.
     */
    static Document parse(byte[] data) throws SAXException, IOException {
        checkDepth(data);
        try {
            // the JDK's own parser: a library on the class path (EPUBCheck brings one) may not know these safety settings
            DocumentBuilderFactory factory = XmlSafety.domFactory();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(ENTITY_EXPANSION_LIMIT_PROPERTY, ENTITY_EXPANSION_LIMIT);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // a warning does not make the file unreadable
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(data));
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new SAXException("the XML parser cannot be set up safely: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the file once as a stream of SAX events, counting how deep its elements nest, so that no tree is built from
     * a file too deep to walk safely. Any other problem is left to the DOM parse, which reports it as it always has.
     */
    private static void checkDepth(byte[] data) throws NestingDepth.TooDeep, IOException {
        try {
            SAXParser parser = XmlSafety.saxFactory().newSAXParser();
            parser.setProperty(ENTITY_EXPANSION_LIMIT_PROPERTY, ENTITY_EXPANSION_LIMIT);
            parser.parse(new ByteArrayInputStream(data), new NestingDepth() {
                @Override
                public InputSource resolveEntity(String publicId, String systemId) {
                    return new InputSource(new StringReader(""));
                }
            });
        } catch (NestingDepth.TooDeep e) {
            throw e;
        } catch (SAXException | ParserConfigurationException | IllegalArgumentException e) {
            // not well-formed, a limit reached or no parser: the DOM parse that follows says so in its own words
        }
    }

    /** The document as UTF-8 XML, without DOCTYPE; attributes come out in a fixed order, so the output is deterministic. */
    static byte[] serialize(Document document) throws ImageRejection {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            document.setXmlStandalone(true); // else the JDK writes standalone="no", which means nothing here
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException | IllegalArgumentException e) {
            throw ImageRejection.undecodable("it cannot be written back: " + e.getMessage());
        }
    }
}
