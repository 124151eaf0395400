package fr.brochures.ebook.site;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An OPDS catalogue read back as XML by the JDK's parser, namespace-aware (no DTD, no entity: as a careful client reads
 * a feed), with the few questions the tests ask of it.
 */
final class AtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DC = "http://purl.org/dc/terms/";

    /** One {@code <link>}: where it is (the feed itself or an entry), its relation, address, type and length. */
    record Link(Element owner, String rel, String href, String type, String length) {
    }

    final Document document;
    final Element feed;

    private AtomFeed(Document document) {
        this.document = document;
        this.feed = document.getDocumentElement();
    }

    /** The feed in {@code bytes}; fails on anything that is not well-formed XML. */
    static AtomFeed parse(byte[] bytes) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new AtomFeed(factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The feed's entries, in order. */
    List<Element> entries() {
        return children(feed, ATOM, "entry");
    }

    /** The element's children named {@code name} in namespace {@code ns}. */
    static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && ns.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The text of the element's only Atom child {@code name} (fails when there is not exactly one). */
    static String text(Element parent, String name) {
        return only(parent, ATOM, name).getTextContent();
    }

    /** The element's only child {@code name} in {@code ns}. */
    static Element only(Element parent, String ns, String name) {
        List<Element> found = children(parent, ns, name);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " <" + name + "> in <" + parent.getLocalName() + ">, not 1");
        }
        return found.get(0);
    }

    /** The links of {@code owner} (the feed or an entry). */
    static List<Link> links(Element owner) {
        return children(owner, ATOM, "link").stream().map(link -> new Link(owner, link.getAttribute("rel"), link.getAttribute("href"),
                link.getAttribute("type"), link.getAttribute("length"))).toList();
    }

    /** Every link of the feed: its own, then each entry's. */
    List<Link> allLinks() {
        List<Link> all = new ArrayList<>(links(feed));
        entries().forEach(entry -> all.addAll(links(entry)));
        return all;
    }

    /** The names of the element's Atom {@code author} (or {@code contributor}) children. */
    static List<String> names(Element parent, String role) {
        return children(parent, ATOM, role).stream().map(person -> text(person, "name")).toList();
    }

    /** Everything under {@code parent} in document order, as a list. */
    static List<Element> descendants(Element parent) {
        NodeList all = parent.getElementsByTagNameNS("*", "*");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }
}
