package fr.brochures.ebook.transform;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.EpubFile;
import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.checks.StylesheetCheck;
import fr.brochures.ebook.project.DefaultStylesheet;
import fr.brochures.ebook.report.BuildReport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The builder's default stylesheet: linked first in every book, overridden by the book's own, replaced by a file of its name. */
class StylesheetReadingTest {

    private static final String CHAPTER = "OEBPS/01-appel.xhtml";

    @TempDir
    Path temp;

    @Test
    void aBookWithoutStylesGetsTheDefaultStylesheet() throws IOException {
        Path project = minimalBook();
        assertFalse(Files.exists(project.resolve("styles")));
        try (EpubFile epub = build(project)) {
            assertEquals(List.of("styles/default.css"), linked(epub.xml(CHAPTER)));
            assertEquals(List.of("styles/default.css"), linked(epub.xml("OEBPS/titlepage.xhtml")));
            assertArrayEquals(DefaultStylesheet.bytes(), epub.bytes("OEBPS/styles/default.css"));
        }
    }

    @Test
    void theBooksOwnStylesheetsComeAfterTheDefaultSoTheyOverrideIt() throws IOException {
        Path project = minimalBook();
        Files.createDirectories(project.resolve("styles"));
        Files.writeString(project.resolve("styles/book.css"), "p { text-indent: 0; }\n");
        Files.writeString(project.resolve("styles/after.css"), "h1 { text-align: left; }\n");
        try (EpubFile epub = build(project)) {
            assertEquals(List.of("styles/default.css", "styles/after.css", "styles/book.css"), linked(epub.xml(CHAPTER)));
        }
    }

    @Test
    void aProjectFileNamedDefaultCssReplacesTheBuildersCopy() throws IOException {
        Path project = minimalBook();
        Files.createDirectories(project.resolve("styles"));
        Files.writeString(project.resolve("styles/default.css"), "p { margin: 0; }\n");
        Files.writeString(project.resolve("styles/book.css"), "h1 { text-align: left; }\n");
        try (EpubFile epub = build(project)) {
            assertEquals(List.of("styles/default.css", "styles/book.css"), linked(epub.xml(CHAPTER)));
            assertEquals("p { margin: 0; }\n", epub.text("OEBPS/styles/default.css"));
        }
    }

    @Test
    void theDefaultStylesheetPassesTheChecksEveryBooksStylesheetPasses() {
        BuildReport report = new BuildReport();
        StylesheetCheck.check(new String(DefaultStylesheet.bytes(), StandardCharsets.UTF_8), "default.css", Set.of(), report);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
    }

    @Test
    void theDefaultStylesheetLeavesFontsAndColoursToTheReader() {
        String css = new String(DefaultStylesheet.bytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        for (String owned : List.of("font-family", "color:", "background", "px;", "pt;")) {
            assertFalse(css.contains(owned), "the default stylesheet sets " + owned + " (the reader's to choose)");
        }
    }

    private Path minimalBook() throws IOException {
        return FixtureBook.materialize(TestBooks.book("golden-minimal"), temp.resolve("project"));
    }

    private EpubFile build(Path project) {
        Path epub = temp.resolve("out/book.epub");
        BuildResult result = TestBooks.build(project, epub);
        assertTrue(result.written(), () -> result.report().problems().toString());
        return new EpubFile(epub);
    }

    private static List<String> linked(Document page) {
        return page.select("link[rel=stylesheet]").eachAttr("href");
    }
}
