package fr.brochures.ebook.markdown;

import fr.brochures.ebook.model.SourceMap;
import fr.brochures.ebook.project.LanguageTags;
import fr.brochures.ebook.project.Part;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Puts the HTML rendered from a Markdown chapter into the tree an XHTML chapter gives: an XML-syntax document with
 * {@code <html lang>} in the book's language, {@code <head><title>} (filled by ChapterShellTransform from the h1) and
 * a {@code <body>} holding the text in a {@code <section>} (marked as a chapter in the body matter), with its sections.
 * Each element's Markdown offset becomes its place in the chapter's SourceMap; {@code lang} is doubled by
 * {@code xml:lang}, as XHTML chapters write it; links to Markdown chapters lead to their XHTML names.
 */
final class XhtmlTree {

    private XhtmlTree() {
    }

    /** The chapter's tree, with the places of its elements recorded in {@code places}. */
    static Document of(String bodyHtml, String language, Part part, SourceLines lines, SourceMap places) {
        Document document = Jsoup.parse("<html>\n<head>\n<title></title>\n</head>\n<body>\n<section>\n" + bodyHtml
                + "</section>\n</body>\n</html>\n", "", Parser.xmlParser());
        document.outputSettings().prettyPrint(false);
        document.selectFirst("html").attr("lang", language);
        Element text = document.selectFirst("body > section");
        if (part == Part.BODY) {
            text.attr("epub:type", "chapter");
        }
        for (Element element : document.select("[" + PositionAttributes.ATTRIBUTE + "]")) {
            String offset = element.attr(PositionAttributes.ATTRIBUTE);
            element.removeAttr(PositionAttributes.ATTRIBUTE);
            if (offset.matches("\\d{1,9}")) { // an author's {data-md-pos=…} is no place
                places.put(element, lines.at(Integer.parseInt(offset)));
            }
        }
        for (Element marked : text.select("[lang]")) {
            // a language that is not a code is reported once, on lang
            if (!marked.hasAttr("xml:lang") && LanguageTags.isWellFormed(marked.attr("lang"))) {
                marked.attr("xml:lang", marked.attr("lang"));
            }
        }
        ChapterLinks.rewrite(text);
        Sections.nest(text);
        return document;
    }
}
