package fr.brochures.ebook.model;

import java.util.Map;

/**
 * One note, numbered across the book: its kind, the chapter it is referenced from, its content as XHTML (inline text, or
 * {@code blocks}: paragraphs, quotations, lists), and the vocabularies (prefix → URI) of the prefixed epub:type values
 * its content uses, which the notes page must declare.
 */
public record Note(int number, NoteKind kind, String chapterHref, String contentXhtml, Map<String, String> vocabularies,
                   boolean blocks) {

    public Note {
        vocabularies = Map.copyOf(vocabularies);
    }

    /** A note of inline text using no prefixed epub:type value. */
    public Note(int number, NoteKind kind, String chapterHref, String contentXhtml) {
        this(number, kind, chapterHref, contentXhtml, Map.of(), false);
    }

    /** The id of the note's entry on the endnotes page. */
    public String noteId() {
        return "note-" + number;
    }

    /** The id of the reference in the chapter. */
    public String referenceId() {
        return "noteref-" + number;
    }
}
