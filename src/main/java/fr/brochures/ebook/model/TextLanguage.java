package fr.brochures.ebook.model;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The language a piece of text is written in: the nearest {@code lang} (or, failing it, {@code xml:lang}) on its element
 * or an ancestor, else the book's (https://html.spec.whatwg.org/multipage/dom.html#the-lang-and-xml:lang-attributes).
 */
public final class TextLanguage {

    private TextLanguage() {
    }

    /** The language of {@code node}'s text: its own element's or the nearest ancestor's, else {@code bookLanguage}. */
    public static String of(Node node, String bookLanguage) {
        Element element = node instanceof Element own ? own : node.parent() instanceof Element parent ? parent : null;
        for (Element e = element; e != null; e = e.parent()) {
            String lang = e.hasAttr("lang") ? e.attr("lang") : e.attr("xml:lang");
            if (!lang.isBlank()) {
                return lang.strip();
            }
        }
        return bookLanguage;
    }
}
