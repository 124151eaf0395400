package fr.brochures.ebook.xhtml;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * How deep the elements of a chapter or an SVG image may nest, counted while a SAX parser reads the file, before any
 * tree is built from it. 1 000 levels is far beyond any book (the brochure needs a dozen) and keeps every later walk of
 * the tree, ours, the libraries' and the e-readers', far from the end of a thread's stack: a file nesting 20 000
 * {@code <span>}s, hostile or a start tag typed for an end tag, becomes an error naming its line. A SAX handler: the
 * readers' handlers extend it.
 */
public class NestingDepth extends DefaultHandler2 {

    /** The deepest an element may be: the root element is at level 1. */
    public static final int MAX = 1000;

    private int depth;
    private Locator locator;

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    /** Where the parser is, for messages (null before the document starts). */
    protected final Locator locator() {
        return locator;
    }

    /** Counts an element starting at the parser's place; past {@link #MAX} levels, stops the parse there. */
    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (++depth > MAX) {
            throw new TooDeep(locator);
        }
    }

    /** Counts an element ending. */
    @Override
    public void endElement(String uri, String localName, String qName) {
        depth--;
    }

    /** The parse stopped at an element more than {@link #MAX} levels deep; its line and column are where it starts. */
    public static final class TooDeep extends SAXParseException {

        private static final long serialVersionUID = 1L;

        TooDeep(Locator locator) {
            super("elements nested more than " + MAX + " levels deep", locator);
        }
    }
}
