package fr.brochures.ebook.transform;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.EpubFile;
import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.checks.StylesheetCheck;
import fr.brochures.ebook.project.DefaultStylesheet;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
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

/**
 * The builder's default stylesheet: linked first in every chapter, overridden by the book's own, replaced by a file of
 * its name in the chapters; the generated pages keep the builder's own rules and the book's generated.css alone.
 */
class StylesheetReadingTest {

    private static final String CHAPTER = "OEBPS/01-appel.xhtml";
    private static final List<String> GENERATED_PAGES = List.of("OEBPS/cover.xhtml", "OEBPS/titlepage.xhtml",
            "OEBPS/nav.xhtml", "OEBPS/colophon.xhtml");

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
            for (String page : GENERATED_PAGES) {
                assertEquals(List.of("styles/default.css"), linked(epub.xml(page)), page + " links the builder's rules alone");
            }
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
            assertEquals(List.of("styles/builder/default.css"), linked(epub.xml("OEBPS/titlepage.xhtml")),
                    "the generated pages keep the builder's own rules");
            assertArrayEquals(DefaultStylesheet.bytes(), epub.bytes("OEBPS/styles/builder/default.css"));
        }
    }

    @Test
    void stylesForTheGeneratedPagesGoToThemAloneAndNoBookStylesheetReachesThem() throws IOException {
        Path project = minimalBook();
        Files.createDirectories(project.resolve("styles"));
        // Standard Ebooks' se.css: the title page's heading and paragraphs hidden (SE writes its own title page image)
        Files.writeString(project.resolve("styles/se.css"), "@namespace epub \"http://www.idpf.org/2007/ops\";\n"
                + "section[epub|type~=\"titlepage\"] h1, section[epub|type~=\"titlepage\"] p { display: none; }\n");
        Files.writeString(project.resolve("styles/generated.css"), "section.colophon { font-size: 0.8em; }\n");
        try (EpubFile epub = build(project)) {
            assertEquals(List.of("styles/default.css", "styles/se.css"), linked(epub.xml(CHAPTER)));
            for (String page : GENERATED_PAGES) {
                assertEquals(List.of("styles/default.css", "styles/generated.css"), linked(epub.xml(page)), page);
            }
            assertTrue(epub.names().contains("OEBPS/styles/generated.css"));
        }
    }

    @Test
    void aChaptersOwnStylesheetLinkIsReplacedByTheBooksStylesWithANote() throws IOException {
        Path project = minimalBook();
        Path chapter = project.resolve("book/01-appel.xhtml");
        Files.writeString(chapter, Files.readString(chapter).replace("</head>",
                "<link href=\"../css/core.css\" rel=\"stylesheet\" type=\"text/css\"/>\n</head>"));
        Path epubPath = temp.resolve("out/book.epub");
        BuildResult result = TestBooks.build(project, epubPath);
        assertTrue(result.written(), () -> result.report().problems().toString());
        Problem note = result.report().problems().stream().filter(p -> p.id() == MessageId.XHTML_012).findFirst()
                .orElseThrow(() -> new AssertionError(result.report().problems().toString()));
        assertEquals(Severity.NOTE, note.severity());
        assertEquals(6, note.location().line());
        assertTrue(note.text().contains("../css/core.css"), note.text());
        try (EpubFile epub = new EpubFile(epubPath)) {
            assertEquals(List.of("styles/default.css"), linked(epub.xml(CHAPTER)));
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
