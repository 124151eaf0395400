package fr.brochures.ebook.epub;

import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.pages.PageContext;
import fr.brochures.ebook.project.BookFiles;

/** The pages the builder writes itself, as XHTML bytes; {@code endnotes} is null when the book has no notes. */
public record GeneratedPages(byte[] cover, byte[] titlePage, byte[] endnotes, byte[] colophon) {

    /** Renders the cover page, title page, notes page (when the book has notes) and colophon. */
    public static GeneratedPages render(PageContext page, Manuscript manuscript) {
        byte[] endnotes = manuscript.notes().isEmpty() ? null : EndnotesPage.render(page, manuscript.notes());
        return new GeneratedPages(CoverPage.render(page, BookFiles.COVER_IMAGE), TitlePage.render(page), endnotes,
                ColophonPage.render(page, !manuscript.awaitedPhotos().isEmpty()));
    }

    /** The same pages as {@code edition} has them (the cover page is the cover image alone: no edition changes it). */
    GeneratedPages in(Edition edition) {
        return new GeneratedPages(cover, edition.generatedPage(titlePage),
                endnotes == null ? null : edition.generatedPage(endnotes), edition.generatedPage(colophon));
    }
}
