package fr.brochures.ebook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The book's notes in reading order, numbered from 1 across all chapters, whether written in place or in a notes file
 * ({@link #written()}); and the name of the page that gathers them.
 */
public final class Endnotes {

    /** The endnotes page's file name in the EPUB, unless a chapter has that name ({@link #placeAt}). */
    public static final String HREF = fr.brochures.ebook.project.BookFiles.ENDNOTES;

    private final List<Note> notes = new ArrayList<>();
    private final WrittenNotes written = new WrittenNotes();
    private String href = HREF;

    /** Adds a note and returns it with its number. */
    public Note add(NoteKind kind, String chapterHref, String contentXhtml) {
        return add(kind, chapterHref, contentXhtml, Map.of(), false);
    }

    /**
     * Adds a note, its content inline or {@code blocks} (paragraphs, quotations, lists), using prefixed epub:type values
     * of {@code vocabularies}, and returns it with its number.
     */
    public Note add(NoteKind kind, String chapterHref, String contentXhtml, Map<String, String> vocabularies, boolean blocks) {
        Note note = new Note(notes.size() + 1, kind, chapterHref, contentXhtml, vocabularies, blocks);
        notes.add(note);
        return note;
    }

    /** Replaces note {@code number}'s content, once the links it holds to other notes can be written. */
    public void replaceContent(int number, String contentXhtml) {
        Note old = notes.get(number - 1);
        notes.set(number - 1, new Note(old.number(), old.kind(), old.chapterHref(), contentXhtml, old.vocabularies(), old.blocks()));
    }

    public List<Note> all() {
        return Collections.unmodifiableList(notes);
    }

    /** How many notes of this kind. */
    public long count(NoteKind kind) {
        return notes.stream().filter(n -> n.kind() == kind).count();
    }

    /** The notes of the book's notes files, waiting for the text to reference them. */
    public WrittenNotes written() {
        return written;
    }

    /** The notes page's file name in the EPUB. */
    public String href() {
        return href;
    }

    /** Names the notes page: {@link #HREF}, or another name when a chapter has that one. */
    public void placeAt(String pageHref) {
        this.href = pageHref;
    }
}
