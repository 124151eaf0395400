package fr.brochures.ebook.model;

import org.jsoup.nodes.Element;

/** Heading text as it may appear in the navigation: without notes or note references (they would leak into the contents). */
public final class Headings {

    private Headings() {
    }

    /**
     * The heading's text, with notes and note references removed and white space collapsed; no-break spaces stay as they
     * are (jsoup's {@code text()} would turn them into ordinary spaces, and the contents would lose the French spaces).
     */
    public static String plainText(Element heading) {
        Element copy = heading.clone();
        copy.select("span.note, a[epub:type~=noteref], a[role=doc-noteref]").remove();
        // a line break inside a title reads as a space in a one-line contents entry
        copy.select("br").forEach(br -> br.replaceWith(new org.jsoup.nodes.TextNode(" ")));
        return copy.wholeText().replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
    }
}
