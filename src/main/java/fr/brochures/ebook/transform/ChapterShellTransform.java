package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.SemanticVocabularies;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Map;


/**
 * Gives every chapter what a reading system expects around the text: the XHTML and EPUB namespaces, the language on
 * {@code html}, a {@code title}, the book's stylesheets (in place of the chapter's own links, each reported as a note),
 * and the part of the book on {@code body}
 * (https://www.w3.org/TR/epub-33/#sec-xhtml); and checks that it has a heading (of any level, or an hgroup), which
 * titles it; the headings' levels stay as written. These reports stay in this transform rather than in a check: the
 * missing html or body is what stops it from building the shell, and the heading is where the title it writes comes from.
 */
public final class ChapterShellTransform implements ChapterTransform {

    /** Where stylesheets go inside the EPUB, relative to the chapters. */
    public static final String STYLES_DIR = fr.brochures.ebook.project.BookFiles.STYLES_DIR;

    @Override
    public String name() {
        return "chapter-shell";
    }

    @Override
    public void apply(Chapter chapter, TransformContext context) {
        Document document = chapter.document();
        Element html = chapter.html().orElse(null);
        Location where = Location.of(chapter.sourceName());
        if (html == null || document.selectFirst("html > body") == null) {
            context.report().error(MessageId.XHTML_001, where, "a chapter is an <html> element holding a <head> and a <body>");
            return;
        }
        String chapterTitle = chapter.title(context.labels().get("colon") + " ");
        if (chapterTitle == null) {
            context.report().error(MessageId.XHTML_006, chapter.at(document.selectFirst("html > body")));
        }
        html.attr("xmlns", "http://www.w3.org/1999/xhtml");
        html.attr("xmlns:epub", "http://www.idpf.org/2007/ops");
        String language = html.attr("lang").isBlank() ? html.attr("xml:lang") : html.attr("lang");
        if (language.isBlank()) {
            language = context.project().metadata().language();
        }
        html.attr("lang", language);
        html.attr("xml:lang", language);
        declareVocabularies(html);
        ensureDoctype(document, html);
        Element head = document.selectFirst("html > head");
        if (head == null) {
            head = html.prependElement("head");
        }
        Element title = head.selectFirst("title");
        if (title == null) {
            title = head.prependElement("title");
        }
        if (title.text().isBlank() && chapterTitle != null) {
            title.text(chapterTitle);
        }
        for (Element link : head.select("link[rel~=stylesheet]")) {
            // a chapter's own link (SE's ../css/core.css) would point at nothing in the EPUB: the book's styles replace it
            context.report().note(MessageId.XHTML_012, chapter.at(link), link.attr("href"));
            link.remove();
        }
        for (String css : context.project().stylesheetNames()) {
            head.appendElement("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", STYLES_DIR + css);
        }
        Element body = document.selectFirst("html > body");
        if (!body.hasAttr("epub:type")) {
            body.attr("epub:type", chapter.part().epubType());
        }
    }

    /**
     * Declares on {@code html} the prefix of every epub:type value the chapter uses (EPUB 3.3 §D.2, epub:prefix): the
     * chapter's own declarations kept, the builder's known vocabularies added where the chapter uses them undeclared
     * ({@link SemanticVocabularies}); written with spaces only, as EPUB's grammar has it.
     */
    private static void declareVocabularies(Element html) {
        Map<String, String> declared = SemanticVocabularies.declared(html.attr("epub:prefix"));
        Map<String, String> vocabularies = new LinkedHashMap<>(declared);
        SemanticVocabularies.resolve(SemanticVocabularies.used(html), declared).forEach(vocabularies::putIfAbsent);
        if (!vocabularies.isEmpty()) {
            html.attr("epub:prefix", SemanticVocabularies.attribute(vocabularies));
        }
    }

    private static void ensureDoctype(Document document, Element html) {
        document.childNodes().stream().filter(n -> n instanceof DocumentType).toList().forEach(org.jsoup.nodes.Node::remove);
        html.before(new DocumentType("html", "", ""));
    }
}
