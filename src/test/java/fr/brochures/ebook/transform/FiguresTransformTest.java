package fr.brochures.ebook.transform;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.EpubFile;
import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An awaited photograph, read back from the EPUB of the golden-figures book (whose {@code images/inauguration.jpg} does
 * not exist): its caption stays in the text, the colophon says once that the printed edition's photographs are not
 * reproduced and why, and the file dropped into {@code book/images/} later fills the slot with nothing else changed.
 */
class FiguresTransformTest {

    private static final String CHAPTER = "OEBPS/01-l-atelier.xhtml";
    private static final String COLOPHON = "OEBPS/colophon.xhtml";
    private static final String CAPTION = "L’inauguration de l’atelier, au printemps 2019";
    private static final Labels FRENCH = Labels.forLanguage("fr");

    @TempDir
    Path temp;

    private Path project() throws IOException {
        return FixtureBook.materialize(TestBooks.book("golden-figures"), temp.resolve("project"));
    }

    private BuildResult build(Path project, String name) {
        BuildResult result = TestBooks.build(project, temp.resolve(name));
        assertTrue(result.written(), () -> result.report().problems().toString());
        return result;
    }

    @Test
    void anAwaitedPhotographLeavesItsCaptionAloneAndTheColophonSaysWhyOnce() throws IOException {
        Path project = project();
        Map<String, String> sources = FixtureBook.hashes(project);
        BuildResult result = build(project, "book.epub");

        assertEquals(List.of("book/images/inauguration.jpg"), result.awaitedPhotos());
        try (EpubFile epub = new EpubFile(temp.resolve("book.epub"))) {
            Element figure = epub.xml(CHAPTER).selectFirst("figure#figure-inauguration");
            assertNotNull(figure);
            assertTrue(figure.hasClass("awaited"), figure.outerHtml());
            assertFalse(figure.hasAttr("data-photo"), "the source's marker is not for readers");
            assertEquals(1, figure.childrenSize(), "nothing but the caption: " + figure.outerHtml());
            assertEquals(CAPTION, figure.selectFirst("figcaption").text());

            Element said = epub.xml(COLOPHON).selectFirst("p.photographs");
            assertNotNull(said, "the colophon says it");
            assertEquals(FRENCH.get("colophon.photos") + " " + FRENCH.get("colophon.photos.why") + " "
                    + FRENCH.get("colophon.photos.captions"), said.text());
            String sentence = FRENCH.get("colophon.photos");
            long times = epub.names().stream().filter(name -> name.endsWith(".xhtml"))
                    .filter(name -> epub.text(name).contains(sentence)).count();
            assertEquals(1, times, "said once in the whole book");
            assertFalse(epub.text(CHAPTER).contains("reproduit"), "no mention in the reading flow");
        }
        assertEquals(sources, FixtureBook.hashes(project), "the sources are never changed");
    }

    @Test
    void theFileDroppedIntoBookImagesFillsTheSlotWithNoOtherChange() throws IOException {
        Path project = project();
        build(project, "before.epub");
        Map<String, String> before = FixtureBook.hashes(project);

        Path images = project.resolve("book/images");
        Files.copy(images.resolve("affiche-cmyk.jpg"), images.resolve("inauguration.jpg"));
        Map<String, String> after = FixtureBook.hashes(project);
        after.keySet().removeIf(path -> path.endsWith("inauguration.jpg"));
        assertEquals(before, after, "the photograph is the only new file; no chapter or book.yaml edited");

        BuildResult result = build(project, "after.epub");
        assertTrue(result.awaitedPhotos().isEmpty(), result.awaitedPhotos().toString());
        try (EpubFile epub = new EpubFile(temp.resolve("after.epub"))) {
            Element figure = epub.xml(CHAPTER).selectFirst("figure#figure-inauguration");
            assertFalse(figure.hasClass("awaited"), figure.outerHtml());
            Element img = figure.selectFirst("img");
            assertNotNull(img, figure.outerHtml());
            assertEquals("images/inauguration.jpg", img.attr("src"));
            assertTrue(img.attr("alt").startsWith("Photographie d’une vingtaine de personnes"), img.attr("alt"));
            assertEquals(CAPTION, figure.selectFirst("figcaption").text());
            assertTrue(epub.names().contains("OEBPS/images/inauguration.jpg"), epub.names().toString());
            Document opf = epub.xml("OEBPS/content.opf");
            assertNotNull(opf.selectFirst("item[href=images/inauguration.jpg][media-type=image/jpeg]"));
            assertNull(epub.xml(COLOPHON).selectFirst("p.photographs"), "no photograph is missing any more");
        }
    }

    @Test
    void theBooksOwnReasonReplacesTheBuildersWithItsTypography() throws IOException {
        Path project = project();
        Files.writeString(project.resolve("book/book.yaml"),
                "photographs-not-reproduced: \"Leurs auteurs n'en ont pas autorisé la diffusion : voyez l'édition imprimée.\"\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        BuildResult result = build(project, "book.epub");
        assertFalse(result.report().has(MessageId.META_004), "a key book.yaml knows: " + result.report().problems());
        try (EpubFile epub = new EpubFile(temp.resolve("book.epub"))) {
            String said = epub.xml(COLOPHON).selectFirst("p.photographs").wholeText(); // text() would turn the no-break space into a space
            assertEquals(FRENCH.get("colophon.photos") + " Leurs auteurs n’en ont pas autorisé la diffusion\u00A0: voyez "
                    + "l’édition imprimée. " + FRENCH.get("colophon.photos.captions"), said);
        }
    }
}
