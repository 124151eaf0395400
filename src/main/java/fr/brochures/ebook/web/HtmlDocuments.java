package fr.brochures.ebook.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;

/**
 * An XHTML page of the EPUB (a chapter, a page the builder wrote) read again as an HTML document, so that it is written
 * out as HTML5 ({@code <br>}, not the {@code <br></br>} jsoup's XML tree would give in HTML syntax). The XHTML the builder
 * writes has an end tag for every element that is not void, and the chapter checks allowed only what HTML allows where it
 * stands, so the HTML parser builds the same tree. The {@code xml:} and {@code xmlns} attributes, which only XML reads,
 * are dropped: {@code lang} stays, carrying the same language.
 */
final class HtmlDocuments {

    private HtmlDocuments() {
    }

    /** The page as an HTML document, written out without reformatting (the text stays exactly as in the EPUB). */
    static Document parse(byte[] xhtml) {
        Document document = Jsoup.parse(new String(xhtml, StandardCharsets.UTF_8), "");
        settle(document);
        for (Element element : document.getAllElements()) {
            if (element.hasAttr("xml:lang") && !element.hasAttr("lang")) {
                element.attr("lang", element.attr("xml:lang"));
            }
            element.attributes().asList().stream()
                    .map(attribute -> attribute.getKey())
                    .filter(key -> key.startsWith("xml:") || key.equals("xmlns") || key.startsWith("xmlns:") || key.equals("epub:prefix"))
                    .toList()
                    .forEach(element::removeAttr);
        }
        return document;
    }

    /** What the body holds, as HTML. */
    static String bodyHtml(Document document) {
        return document.body().html();
    }

    /**
     * What a copy of an element holds, as HTML written as the pages are: an element on its own would be written with
     * jsoup's defaults, which reformat it.
     */
    static String innerHtml(Element copy) {
        Document holder = Document.createShell("");
        settle(holder);
        holder.body().appendChild(copy);
        return copy.html();
    }

    private static void settle(Document document) {
        document.outputSettings()
                .syntax(Document.OutputSettings.Syntax.html)
                .escapeMode(Entities.EscapeMode.base)
                .charset(StandardCharsets.UTF_8)
                .prettyPrint(false);
    }
}
