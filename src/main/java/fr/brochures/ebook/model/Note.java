package fr.brochures.ebook.model;

/** One note, numbered across the book: its kind, the chapter it is referenced from, and its content as XHTML. */
public record Note(int number, NoteKind kind, String chapterHref, String contentXhtml) {

    /** The id of the note's entry on the endnotes page. */
    public String noteId() {
        return "note-" + number;
    }

    /** The id of the reference in the chapter. */
    public String referenceId() {
        return "noteref-" + number;
    }
}
