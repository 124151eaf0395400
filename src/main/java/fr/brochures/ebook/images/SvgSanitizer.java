package fr.brochures.ebook.images;

import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.xhtml.NestingDepth;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.Element;
import org.w3c.dom.Entity;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an SVG safe to embed: refuses scripts, event handlers, foreign HTML and anything that would load from outside
 * the book; strips what drawing programs leave behind (metadata with author and licence RDF, Inkscape and Sodipodi
 * attributes such as the file's path on the author's disk, Illustrator and Sketch data, comments). A file with nothing
 * to strip is embedded byte for byte as it is.
 */
final class SvgSanitizer {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "iframe", "object", "embed", "handler", "listener");
    private static final Set<String> STRIPPED_NAMESPACES = Set.of(
            "http://www.inkscape.org/namespaces/inkscape",
            "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
            "http://www.bohemiancoding.com/sketch/ns",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://creativecommons.org/ns#",
            "http://purl.org/dc/elements/1.1/");
    private static final String ADOBE_NAMESPACES = "http://ns.adobe.com/";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private final List<Node> removals = new ArrayList<>();

    private SvgSanitizer() {
    }

    /** The bytes to embed: the original when clean, else the cleaned document. */
    static byte[] sanitize(byte[] data) throws ImageRejection {
        Document document = parse(data);
        SvgSanitizer sanitizer = new SvgSanitizer();
        sanitizer.walk(document);
        boolean internalSubset = document.getDoctype() != null && document.getDoctype().getInternalSubset() != null
                && !document.getDoctype().getInternalSubset().isBlank();
        if (sanitizer.removals.isEmpty() && !internalSubset) {
            return data;
        }
        for (Node node : sanitizer.removals) {
            if (node instanceof Attr attr) {
                attr.getOwnerElement().removeAttributeNode(attr);
            } else {
                node.getParentNode().removeChild(node);
            }
        }
        // entities are expanded by now, so the DOCTYPE (with its internal subset) is no longer needed and is dropped
        return SafeXml.serialize(document);
    }

    private static Document parse(byte[] data) throws ImageRejection {
        Document document;
        try {
            document = SafeXml.parse(data);
        } catch (NestingDepth.TooDeep e) {
            throw ImageRejection.at(e.getLineNumber(), e.getColumnNumber(), MessageId.XHTML_011, String.valueOf(NestingDepth.MAX));
        } catch (SAXParseException e) {
            throw ImageRejection.undecodable("not well-formed XML, line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw ImageRejection.undecodable("not well-formed XML: " + e.getMessage());
        }
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
            throw ImageRejection.undecodable("its root element is <" + root.getNodeName() + ">, not <svg xmlns=\"" + SVG_NS + "\">");
        }
        DocumentType doctype = document.getDoctype();
        if (doctype != null) {
            NamedNodeMap entities = doctype.getEntities();
            for (int i = 0; i < entities.getLength(); i++) {
                Entity entity = (Entity) entities.item(i);
                if (entity.getSystemId() != null || entity.getPublicId() != null) {
                    throw refused("an external entity (<!ENTITY " + entity.getNodeName() + " SYSTEM …>) that would be read from outside");
                }
            }
        }
        return document;
    }

    /** Goes through every node without recursion (a hostile file may nest deeper than the stack). */
    private void walk(Document document) throws ImageRejection {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            switch (node.getNodeType()) {
                case Node.COMMENT_NODE -> removals.add(node);
                case Node.PROCESSING_INSTRUCTION_NODE -> {
                    if (node.getNodeName().equalsIgnoreCase("xml-stylesheet")) {
                        throw refused("an <?xml-stylesheet?> instruction, which loads a stylesheet from outside the image");
                    }
                    removals.add(node);
                }
                case Node.ELEMENT_NODE -> {
                    if (stripped((Element) node)) {
                        removals.add(node);
                        continue; // nothing inside it is kept, so nothing inside needs checking
                    }
                    check((Element) node);
                }
                default -> { }
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPreviousSibling()) {
                pending.push(child);
            }
        }
    }

    private static boolean stripped(Element element) {
        String ns = element.getNamespaceURI();
        return strippedNamespace(ns) || ("metadata".equals(element.getLocalName()) && (ns == null || SVG_NS.equals(ns)));
    }

    private static boolean strippedNamespace(String ns) {
        return ns != null && (STRIPPED_NAMESPACES.contains(ns) || ns.startsWith(ADOBE_NAMESPACES));
    }

    private void check(Element element) throws ImageRejection {
        String name = localName(element);
        if (ACTIVE_ELEMENTS.contains(name)) {
            throw refused("a <" + element.getNodeName() + "> element (scripts and embedded HTML are not allowed in a book's images)");
        }
        if (name.equals("style")) {
            checkCss(element.getTextContent());
        }
        if ((name.equals("set") || name.equals("animate")) && element.hasAttribute("attributeName")) {
            String target = element.getAttribute("attributeName").replaceFirst("^.*:", "").toLowerCase(Locale.ROOT);
            if (target.equals("href") || target.startsWith("on")) {
                throw refused("an animation that changes the attribute " + element.getAttribute("attributeName"));
            }
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            if (XMLNS.equals(attr.getNamespaceURI())) {
                if (strippedNamespace(attr.getValue())) {
                    removals.add(attr); // the declaration of a namespace whose nodes are all removed
                }
                continue;
            }
            if (strippedNamespace(attr.getNamespaceURI())) {
                removals.add(attr);
                continue;
            }
            String attrName = localName(attr);
            if (attrName.startsWith("on")) {
                throw refused("the event handler attribute " + attr.getName() + " (a script)");
            }
            if (attrName.equals("href") || attrName.equals("src") || attrName.equals("base")) { // xml:base redirects relative ones
                checkReference(attr.getValue());
            }
            if (attrName.equals("style")) {
                checkCss(attr.getValue());
            } else if (attr.getValue().toLowerCase(Locale.ROOT).contains("url(")) {
                checkCss(attr.getValue());
            }
        }
    }

    private static void checkCss(String css) throws ImageRejection {
        if (css.toLowerCase(Locale.ROOT).contains("@import")) {
            throw refused("a CSS @import, which loads a stylesheet from outside the image");
        }
        Matcher url = URL.matcher(css);
        while (url.find()) {
            checkReference(url.group(2));
        }
    }

    /** Fragments (#id) and relative paths inside the book are fine; any scheme, absolute path or "..” is refused. */
    static void checkReference(String value) throws ImageRejection {
        String target = value.replaceAll("[\\s\\x00-\\x1F]", ""); // as browsers do before reading a URL
        if (target.isEmpty() || target.startsWith("#")) {
            return;
        }
        String shown = target.length() > 60 ? target.substring(0, 57) + "…" : target;
        if (target.regionMatches(true, 0, "data:", 0, 5)) {
            throw refused("an embedded data: URI (" + shown + "), whose content cannot be checked or cleaned; draw it in the SVG or use a separate JPEG or PNG");
        }
        if (SCHEME.matcher(target).matches()) {
            throw refused("a reference to " + shown + " outside the book (scripts or remote files)");
        }
        if (target.startsWith("/") || target.startsWith("\\") || List.of(target.split("[/\\\\]")).contains("..")) {
            throw refused("the path " + shown + ", which reaches outside the book");
        }
    }

    private static String localName(Node node) {
        String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        return name.toLowerCase(Locale.ROOT);
    }

    private static ImageRejection refused(String what) {
        return new ImageRejection(MessageId.IMG_009, what);
    }
}
