package fr.brochures.ebook.project;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notes page takes whichever name no chapter has; the other pages' names are the builder's alone. */
class BookFilesTest {

    @Test
    void theNotesPageTakesTheFirstNameNoChapterHas() {
        assertEquals("endnotes.xhtml", BookFiles.notesPage(List.of("01-a.xhtml")));
        assertEquals("notes.xhtml", BookFiles.notesPage(List.of("01-a.xhtml", "Endnotes.xhtml")));
        assertEquals("endnotes-3.xhtml", BookFiles.notesPage(List.of("endnotes.xhtml", "notes.xhtml", "endnotes-2.xhtml")));
    }

    @Test
    void aChapterMayBeNamedLikeTheNotesPageButNotLikeTheOthers() {
        assertTrue(ProjectLoader.unusableChapterName("endnotes.xhtml").isEmpty(), "Standard Ebooks' notes file");
        for (String page : List.of("cover.xhtml", "titlepage.xhtml", "colophon.xhtml", "nav.xhtml")) {
            assertFalse(ProjectLoader.unusableChapterName(page).isEmpty(), page);
        }
    }
}
