package fr.brochures.ebook.xhtml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.util.Map;

/**
 * The one set of parser features that keeps XML from reaching the file system or the network (no external entities, no
 * external DTD; OWASP's XXE prevention cheat sheet), for every XML parser the builder makes: the chapters' SAX pass and
 * the SVG images' DOM.
 */
public final class XmlSafety {

    private static final Map<String, Boolean> FEATURES = Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

    private XmlSafety() {
    }

    /** The JDK's own SAX parser factory (a library on the class path may not know these settings), made safe. */
    public static SAXParserFactory saxFactory() throws ParserConfigurationException, org.xml.sax.SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        return factory;
    }

    /** The JDK's own DOM factory, made safe the same way. */
    public static DocumentBuilderFactory domFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        return factory;
    }
}
