package fr.brochures.ebook.web;

import org.jsoup.nodes.Element;

import java.util.Map;

/**
 * Points links to the pages of the EPUB ({@code 02-entretien.xhtml#contexte}, {@code endnotes.xhtml#note-3}) at the same
 * places in the web edition ({@code 02-entretien.html#contexte}); links elsewhere (the web, a place in the same page) stay
 * as they are.
 */
final class PageLinks {

    private final Map<String, String> pages;

    /** {@code pages}: each page's name in the EPUB → its name in the web edition. */
    PageLinks(Map<String, String> pages) {
        this.pages = Map.copyOf(pages);
    }

    void apply(Element root) {
        for (Element link : root.select("a[href], area[href]")) {
            String href = link.attr("href");
            int hash = href.indexOf('#');
            String page = hash < 0 ? href : href.substring(0, hash);
            String web = pages.get(page);
            if (web != null) {
                link.attr("href", web + (hash < 0 ? "" : href.substring(hash)));
            }
        }
    }
}
