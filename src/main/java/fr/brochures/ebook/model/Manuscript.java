package fr.brochures.ebook.model;

import fr.brochures.ebook.images.PendingImages;
import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.BookProject;

import java.util.List;
import java.util.Map;

/**
 * The whole book once loaded and transformed, read-only: what every renderer reads and none changes. Its metadata is
 * typeset as its chapters (see {@code MetadataTypography}), its chapters are
 * finished ({@link ManuscriptChapter}), its notes numbered, its stylesheets read and checked (href → CSS bytes, in
 * linking order: every stylesheet the book holds), and its images prepared on threads of their own ({@link #images()}
 * waits for them). {@code pageStylesheets} are the hrefs the generated pages link (the builder's own default stylesheet,
 * then the book's {@code styles/generated.css}); the chapters link theirs themselves. {@code notesHref} is the notes
 * page's name, {@code endnotes.xhtml} unless a chapter has that name.
 */
public record Manuscript(
        BookProject project,
        BookMetadata metadata,
        Labels labels,
        List<ManuscriptChapter> chapters,
        List<Note> notes,
        List<ImageCatalog.AwaitedPhoto> awaitedPhotos,
        Map<String, byte[]> stylesheets,
        PendingImages images,
        List<String> pageStylesheets,
        String notesHref) {

    public Manuscript {
        pageStylesheets = List.copyOf(pageStylesheets);
        chapters = List.copyOf(chapters);
        notes = List.copyOf(notes);
        awaitedPhotos = List.copyOf(awaitedPhotos);
        stylesheets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stylesheets));
    }

    /** How many notes of this kind. */
    public long noteCount(NoteKind kind) {
        return notes.stream().filter(n -> n.kind() == kind).count();
    }

    /** How many figures the chapters hold. */
    public int figureCount() {
        return chapters.stream().mapToInt(ManuscriptChapter::figures).sum();
    }
}
