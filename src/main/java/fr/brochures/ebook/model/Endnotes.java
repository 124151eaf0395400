package fr.brochures.ebook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The book's notes in reading order, numbered from 1 across all chapters. */
public final class Endnotes {

    /** The endnotes page's file name in the EPUB. */
    public static final String HREF = fr.brochures.ebook.project.BookFiles.ENDNOTES;

    private final List<Note> notes = new ArrayList<>();

    /** Adds a note and returns it with its number. */
    public Note add(NoteKind kind, String chapterHref, String contentXhtml) {
        return add(kind, chapterHref, contentXhtml, java.util.Map.of());
    }

    /** Adds a note whose content uses prefixed epub:type values of {@code vocabularies}, and returns it with its number. */
    public Note add(NoteKind kind, String chapterHref, String contentXhtml, java.util.Map<String, String> vocabularies) {
        Note note = new Note(notes.size() + 1, kind, chapterHref, contentXhtml, vocabularies);
        notes.add(note);
        return note;
    }

    public List<Note> all() {
        return Collections.unmodifiableList(notes);
    }

    /** How many notes of this kind. */
    public long count(NoteKind kind) {
        return notes.stream().filter(n -> n.kind() == kind).count();
    }
}
