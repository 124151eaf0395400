package fr.brochures.ebook.starter;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.EpubFile;
import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.epubcheck.EpubValidator;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.report.Severity;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new book builds at once: the starter project gives an EPUB holding what its chapters show. */
class StarterBuildTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theStarterBuildsIntoABookWithItsNotesFigureAndLanguages(String language) throws IOException {
        Path project = temp.resolve("book");
        new StarterProject(new PageRenderer()).write(project, new StarterBook(null, language, null), LocalDate.of(2026, 12, 4));
        Path epub = temp.resolve("out/book.epub");
        BuildResult result = TestBooks.build(project, epub);
        assertTrue(result.written(), () -> result.report().problems().toString());
        assertTrue(result.report().problems().stream().noneMatch(p -> p.severity() == Severity.ERROR || p.severity() == Severity.WARNING), () -> result.report().problems().toString());
        assertEquals(2, result.chapters());
        assertEquals(2, result.translatorNotes(), "one translators' note in each chapter");
        assertEquals(2, result.authorNotes());
        assertEquals(2, result.figures());
        try (EpubFile book = new EpubFile(epub)) {
            Document markdown = book.xml("OEBPS/" + (language.equals("fr") ? "01-premier-chapitre.xhtml" : "01-first-chapter.xhtml"));
            assertFalse(markdown.select("figure figcaption").isEmpty(), "the Markdown figure has its caption");
            assertFalse(markdown.select("span[lang]").isEmpty(), "the passage in another language is marked");
            assertFalse(markdown.select("a[epub:type=noteref]").isEmpty(), "the notes are linked");
        }
        for (Path book : new Path[] {epub, temp.resolve("out/book.kepub.epub")}) {
            EpubValidator.ValidationResult check = new EpubValidator().validate(book);
            assertEquals(0, check.fatal() + check.errors() + check.warnings(), () -> book + ": " + check.details());
        }
    }
}
