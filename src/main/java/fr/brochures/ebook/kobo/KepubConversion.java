package fr.brochures.ebook.kobo;

import fr.brochures.ebook.epub.EndnotesPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;


/**
 * Converts a content document for the Kobo edition: sentences wrapped in {@code koboSpan}s (Kobo's reader uses
 * them for pagination, highlights and reading statistics), note references also typed {@code endnote} (Kobo does not
 * read {@code noteref}), ← as the back-link glyph (Kobo's fonts lack ↩), and no soft hyphens (they break dictionary
 * look-up). Following Standard Ebooks' Kobo build and kepubify.
 */
public final class KepubConversion {

    /** The back-link glyph Kobo's fonts have. */
    static final String KOBO_BACKLINK = "\u2190";

    private KepubConversion() {
    }

    /** The conversion of one document; public for tests. */
    public static void convert(Document document) {
        for (Element noteref : document.select("a[epub:type~=noteref]")) {
            noteref.attr("epub:type", noteref.attr("epub:type") + " endnote");
        }
        for (Element backlink : document.select("a[epub:type~=backlink]")) {
            if (backlink.text().equals(EndnotesPage.BACKLINK_GLYPH)) {
                backlink.text(KOBO_BACKLINK);
            }
        }
        Element body = document.selectFirst("body");
        if (body != null) {
            new KoboSpans().wrap(body);
        }
    }
}
