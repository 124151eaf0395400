package fr.brochures.ebook.epub;

import fr.brochures.ebook.pages.PageContext;

import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.model.Note;
import fr.brochures.ebook.model.NoteKind;

import java.util.List;

/** The endnotes page: one list item per note, each marked with its kind and linking back to its exact reference. */
public final class EndnotesPage {

    /** U+21A9 with U+FE0E, so that iOS draws a text arrow and not an emoji (Standard Ebooks, se_epub_build.py). */
    public static final String BACKLINK_GLYPH = "\u21A9\uFE0E";

    private EndnotesPage() {
    }

    public static byte[] render(PageContext page, List<Note> notes) {
        List<Entry> entries = notes.stream().map(n -> Entry.of(n, page.labels())).toList();
        java.util.Map<String, String> vocabularies = new java.util.TreeMap<>();
        notes.forEach(note -> note.vocabularies().forEach(vocabularies::putIfAbsent));
        return page.renderer().renderBytes("endnotes.xhtml.vm", page.common()
                .and("epubPrefix", fr.brochures.ebook.model.SemanticVocabularies.attribute(vocabularies))
                .and("notes", entries)
                .and("backlinkGlyph", BACKLINK_GLYPH)
                .map());
    }

    /** One note as the template shows it. */
    public record Entry(String id, String kindClass, String kindLabel, String contentXhtml, String backlink) {
        static Entry of(Note note, Labels labels) {
            boolean translator = note.kind() == NoteKind.TRANSLATOR;
            return new Entry(note.noteId(),
                    translator ? "translator-note" : "author-note",
                    translator ? labels.get("note.translator.short") : null,
                    note.contentXhtml(),
                    note.chapterHref() + "#" + note.referenceId());
        }
    }
}
