package fr.brochures.ebook.xhtml;

import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * How deep the elements of a chapter or an SVG image may nest, counted while a SAX parser reads the file, before any
 * tree is built from it. 1 000 levels is far beyond any book (the brochure needs a dozen) and keeps every later walk of
 * the tree, ours, the libraries' and the e-readers', far from the end of a thread's stack: a file nesting 20 000
 * {@code <span>}s, hostile or a start tag typed for an end tag, becomes an error naming its line.
 */
public final class NestingDepth {

    /** The deepest an element may be: the root element is at level 1. */
    public static final int MAX = 1000;

    private int depth;

    /** Counts an element starting at the parser's place; past {@link #MAX} levels, stops the parse there. */
    public void enter(Locator locator) throws TooDeep {
        if (++depth > MAX) {
            throw new TooDeep(locator);
        }
    }

    /** Counts an element ending. */
    public void leave() {
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
