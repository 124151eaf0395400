package fr.brochures.ebook.epub;

import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.model.Note;
import fr.brochures.ebook.model.NoteKind;
import fr.brochures.ebook.model.SemanticVocabularies;
import fr.brochures.ebook.pages.PageContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The endnotes page: one list item per note, each marked with its kind and linking back to its exact reference. A note
 * of blocks keeps its paragraphs, quotations and lists; its back link ends its last paragraph, or follows its last list
 * or quotation in a paragraph of its own.
 */
public final class EndnotesPage {

    /** U+21A9 with U+FE0E, so that iOS draws a text arrow and not an emoji (Standard Ebooks, se_epub_build.py). */
    public static final String BACKLINK_GLYPH = "\u21A9\uFE0E";

    private EndnotesPage() {
    }

    public static byte[] render(PageContext page, List<Note> notes) {
        List<Entry> entries = notes.stream().map(n -> Entry.of(n, page.labels())).toList();
        Map<String, String> vocabularies = new TreeMap<>();
        notes.forEach(note -> note.vocabularies().forEach(vocabularies::putIfAbsent));
        return page.renderer().renderBytes("endnotes.xhtml.vm", page.common()
                .and("epubPrefix", SemanticVocabularies.attribute(vocabularies))
                .and("notes", entries)
                .and("backlinkGlyph", BACKLINK_GLYPH)
                .map());
    }

    /**
     * One note as the template shows it: {@code leadXhtml} its blocks before the paragraph that ends with the back link
     * (empty text for a note of inline text), {@code closingXhtml} the content of that paragraph (empty text when the
     * note ends with a list or a quotation).
     */
    public record Entry(String id, String kindClass, String kindLabel, String leadXhtml, String closingXhtml, String backlink) {
        static Entry of(Note note, Labels labels) {
            boolean translator = note.kind() == NoteKind.TRANSLATOR;
            String lead = "";
            String closing = note.contentXhtml();
            if (note.blocks()) {
                Element blocks = parse(note.contentXhtml());
                Element last = blocks.children().last();
                // a paragraph of its own attributes (a language, a class) is kept whole: the back link follows it
                boolean closes = last != null && last.normalName().equals("p") && last.attributesSize() == 0;
                closing = closes ? last.html() : "";
                if (closes) {
                    last.remove();
                }
                lead = blocks.childNodes().stream().map(Node::outerHtml).collect(Collectors.joining()).strip();
            }
            return new Entry(note.noteId(),
                    translator ? "translator-note" : "author-note",
                    translator ? labels.get("note.translator.short") : null,
                    lead, closing,
                    note.chapterHref() + "#" + note.referenceId());
        }

        private static Element parse(String xhtml) {
            Document document = Jsoup.parse("<div>" + xhtml + "</div>", "", Parser.xmlParser());
            document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml);
            return document.child(0);
        }
    }
}
