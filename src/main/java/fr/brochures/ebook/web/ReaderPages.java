package fr.brochures.ebook.web;

import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.pages.Credit;
import fr.brochures.ebook.pages.Models;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.project.BookMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * Renders the web edition's pages from their templates ({@code templates/web/}): each page of the book in the reading
 * frame (skip link, the book's links, night mode, previous and next, its notes for the pop-ups), and the contents page.
 */
final class ReaderPages {

    private static final String PAGE = "web/page.html.vm";
    private static final String CONTENTS = "web/contents.html.vm";

    private final PageRenderer renderer;
    private final BookMetadata metadata;
    private final Labels labels;
    private final List<String> stylesheets;

    /** {@code stylesheets}: the contents page's, the builder's as for every page it generates. */
    ReaderPages(PageRenderer renderer, BookMetadata metadata, Labels labels, List<String> stylesheets) {
        this.renderer = renderer;
        this.metadata = metadata;
        this.labels = labels;
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** A page of the book: {@code document} is its XHTML read as HTML, its links and images already the web edition's. */
    byte[] page(ReadingOrder.Page page, Document document, ReadingOrder.Link previous, ReadingOrder.Link next,
                List<NotePopups.Popup> notes) {
        Element html = document.selectFirst("html");
        Element body = document.body();
        // each page links the stylesheets its page of the EPUB links: a chapter the book's, a generated page the builder's
        List<String> linked = document.select("head link[rel~=stylesheet]").eachAttr("href");
        return renderer.renderBytes(PAGE, common(html.attr("lang").isBlank() ? metadata.language() : html.attr("lang"), linked)
                .and("direction", html.attr("dir"))
                .and("title", page.title())
                .and("styles", document.select("head style").stream().map(s -> styleElementText(s.data())).toList())
                .and("bodyClass", body.attr("class"))
                .and("bodyType", body.attr("epub:type"))
                .and("mainXhtml", HtmlDocuments.bodyHtml(document))
                .and("previous", previous)
                .and("next", next)
                .and("notes", notes)
                .map());
    }

    /** The contents page: the book's title and credits, then every page with its sections. */
    byte[] contents(ReadingOrder order) {
        return renderer.renderBytes(CONTENTS, common(metadata.language(), stylesheets)
                .and("subtitle", metadata.subtitle())
                .and("credits", Credit.of(metadata.creators(), labels))
                .and("toc", order.contents())
                .and("next", order.first())
                .map());
    }

    private Models common(String language, List<String> pageStylesheets) {
        return Models.with("language", language)
                .and("bookTitle", metadata.title())
                .and("labels", labels)
                .and("stylesheets", pageStylesheets)
                .and("stylesheet", WebRenderer.STYLESHEET)
                .and("script", WebRenderer.SCRIPT)
                .and("download", WebRenderer.DOWNLOAD_PAGE);
    }

    /**
     * A chapter's own {@code style} element for the page's head: its selectors made for HTML, and never a
     * {@code </style} that would end the element early (in a CSS string, {@code \/} is {@code /}).
     */
    static String styleElementText(String css) {
        String html = HtmlAttributeSelectors.apply(css);
        StringBuilder out = new StringBuilder(html.length());
        String lower = html.toLowerCase(Locale.ROOT);
        int from = 0;
        for (int at = lower.indexOf("</style", from); at >= 0; at = lower.indexOf("</style", from)) {
            out.append(html, from, at).append("<\\/");
            from = at + 2;
        }
        return out.append(html.substring(from)).toString();
    }
}
