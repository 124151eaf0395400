package fr.brochures.ebook.pages;

import java.util.List;

/** The EPUB 3 navigation document: the table of contents and the landmarks (https://www.w3.org/TR/epub-33/#sec-nav). */
public final class NavDocument {

    /** The navigation document's file name in the EPUB. */
    public static final String HREF = "nav.xhtml";

    private NavDocument() {
    }

    public static byte[] render(PageContext page, List<TocEntry> toc, List<Landmark> landmarks) {
        return page.renderer().renderBytes("nav.xhtml.vm", page.common()
                .and("toc", toc)
                .and("landmarks", landmarks)
                .map());
    }
}
