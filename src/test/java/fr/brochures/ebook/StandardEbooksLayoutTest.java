package fr.brochures.ebook;

import fr.brochures.ebook.cli.Main;
import fr.brochures.ebook.epubcheck.EpubValidator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A book laid out as a Standard Ebooks production (golden-se) builds as it is: its chapters titled by hgroups, its notes
 * in SE's endnotes.xhtml (one of several paragraphs and verse, one holding a list) beside one written in place, its
 * z3998: and se: types, its ../images/ path and its se.css that hides a title page's text; the EPUB and the Kobo
 * edition pass EPUBCheck without an error or a warning.
 */
class StandardEbooksLayoutTest {

    @TempDir
    static Path dir;
    private static Path epub;
    private static Path kepub;
    private static String messages;

    @BeforeAll
    static void build() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("golden-se"), dir.resolve("project"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), "build", project.toString()), err::toString);
        messages = out + err.toString();
        epub = project.resolve("target/on-keeping-a-small-library.epub");
        kepub = project.resolve("target/on-keeping-a-small-library.kepub.epub");
    }

    @Test
    void theEpubAndTheKoboEditionPassEpubCheckWithoutErrorOrWarning() {
        for (Path book : List.of(epub, kepub)) {
            EpubValidator.ValidationResult result = new EpubValidator().validate(book);
            assertTrue(result.clean(), () -> book.getFileName() + ": " + result.details());
        }
    }

    @Test
    void theContentsShowTheHgroupsTitlesAndTheSectionsUnderThem() throws IOException {
        try (EpubFile book = new EpubFile(epub)) {
            Document nav = book.xml("OEBPS/nav.xhtml");
            List<String> entries = nav.select("nav[epub:type=toc] > ol > li > a").eachText();
            assertEquals(List.of("I: Of Shelves", "II: Of Lending and Losing", "Notes", "Colophon"), entries);
            assertEquals(List.of("When a Book Does Not Come Back"), nav.select("nav[epub:type=toc] li li > a").eachText());
            assertEquals("I: Of Shelves", book.xml("OEBPS/chapter-1.xhtml").selectFirst("title").text());
            assertNotNull(book.xml("OEBPS/chapter-1.xhtml").selectFirst("section > hgroup > h2"), "the heading stays an h2");
        }
    }

    @Test
    void everyNoteIsLinkedBothWaysWithItsParagraphsVerseAndListIntact() throws IOException {
        try (EpubFile book = new EpubFile(epub)) {
            Document notes = book.xml("OEBPS/endnotes.xhtml");
            Elements items = notes.select("section[epub:type~=endnotes] > ol > li");
            assertEquals(5, items.size(), "SE's four notes and the one written in place, numbered in reading order");
            for (int n = 1; n <= 5; n++) {
                Element note = notes.getElementById("note-" + n);
                Element back = note.select("a[epub:type=backlink]").last();
                assertTrue(back.parent() == note.children().last(), "note " + n + ": the back link ends its last block");
                String[] target = back.attr("href").split("#");
                Element reference = book.xml("OEBPS/" + target[0]).getElementById(target[1]);
                assertNotNull(reference, "note " + n + " links back to " + back.attr("href"));
                assertEquals("endnotes.xhtml#note-" + n, reference.attr("href"));
                assertEquals(String.valueOf(n), reference.text());
            }
            Element verse = notes.getElementById("note-2");
            assertEquals(List.of("p", "p", "blockquote", "p"), verse.children().stream().map(Element::normalName).toList());
            assertEquals(2, verse.select("blockquote[epub:type=z3998:poem] span").size());
            Element list = notes.getElementById("note-3");
            assertEquals(List.of("p", "ol", "p"), list.children().stream().map(Element::normalName).toList());
            assertEquals(3, list.select("ol > li").size());
            assertEquals("The vote was nine to three; the three have since come round.",
                    notes.getElementById("note-4").selectFirst("p").ownText().strip(), "the note written in place takes its turn");
            assertEquals("endnotes.xhtml#note-3", notes.getElementById("note-5").selectFirst("a").attr("href"),
                    "a note's link to another note leads to it on the notes page");
            assertEquals("endnotes.xhtml#note-5", book.xml("OEBPS/chapter-2.xhtml").selectFirst("a:contains(second rule)").attr("href"),
                    "the text's link to a later note is rewritten to its number");
            assertTrue(notes.selectFirst("html").attr("epub:prefix").contains("z3998: "), "the notes page declares z3998:");
            assertFalse(notes.text().contains("Endnotes"), "SE's own heading stays out");
        }
    }

    @Test
    void theGeneratedPagesKeepTheBuildersStylesAndTheChaptersTheBooks() throws IOException {
        try (EpubFile book = new EpubFile(epub)) {
            Document titlePage = book.xml("OEBPS/titlepage.xhtml");
            assertEquals(List.of("styles/default.css"), titlePage.select("link[rel=stylesheet]").eachAttr("href"),
                    "se.css, which hides a title page's h1 and p, is not linked from the builder's title page");
            assertEquals("On Keeping a Small Library", titlePage.selectFirst("h1 [epub:type=title]").text());
            Document chapter = book.xml("OEBPS/chapter-1.xhtml");
            assertEquals(List.of("styles/default.css", "styles/se.css"), chapter.select("link[rel=stylesheet]").eachAttr("href"));
            assertTrue(chapter.selectFirst("html").attr("epub:prefix").contains("se: https://standardebooks.org/vocab/1.0"));
            assertEquals("images/shelf.svg", chapter.selectFirst("img").attr("src"), "../images/ is the project's images/");
            assertTrue(book.names().contains("OEBPS/images/shelf.svg"));
        }
        Path web = epub.resolveSibling("site/read");
        for (String page : List.of("titlepage.html", "index.html", "colophon.html", "endnotes.html")) {
            assertFalse(Files.readString(web.resolve(page)).contains("styles/se.css"), "the web edition's " + page);
        }
        assertTrue(Files.readString(web.resolve("chapter-1.html")).contains("styles/se.css"), "the web edition's chapter");
    }

    @Test
    void theChaptersOwnStylesheetLinksAreNamedAndTheDateIsSEs() throws IOException {
        assertEquals(3, messages.split("XHTML-012", -1).length - 1, messages);
        try (EpubFile book = new EpubFile(epub)) {
            assertEquals("2018-05-08T02:24:50Z", book.xml("OEBPS/content.opf").selectFirst("dc|date").text());
        }
    }
}
