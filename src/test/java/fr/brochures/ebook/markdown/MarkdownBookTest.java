package fr.brochures.ebook.markdown;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.EpubFile;
import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.report.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Markdown golden book, built and read back from its EPUB: the notes of its Markdown chapters are numbered with the
 * XHTML chapter's and gathered on the notes page (translators' ones marked), its figure has its caption, its English
 * passages are marked and left as typed, and its French text has the spaces French typography wants.
 */
class MarkdownBookTest {

    private static final String NNBSP = "\u202F";
    private static final String NBSP = "\u00A0";

    @TempDir
    static Path out;

    private static BuildResult result;
    private static Path epub;

    @BeforeAll
    static void build() throws Exception {
        Path project = FixtureBook.materialize(TestBooks.book("golden-markdown"), out.resolve("project"));
        epub = out.resolve("book.epub");
        result = TestBooks.build(project, epub);
        assertTrue(result.written(), () -> result.report().problems().stream().map(Problem::format).toList().toString());
    }

    @Test
    void markdownChaptersAreXhtmlFilesInTheReadingOrder() throws Exception {
        try (EpubFile book = new EpubFile(epub)) {
            String opf = book.text("OEBPS/content.opf");
            List<String> order = List.of("00-avant-propos.xhtml", "01-la-cantine.xhtml", "02-les-comptes.xhtml", "03-paroles.xhtml");
            int last = -1;
            for (String chapter : order) {
                int at = opf.indexOf("href=\"" + chapter + "\"");
                assertTrue(at > last, chapter + " in reading order in " + opf);
                last = at;
            }
            assertFalse(book.names().stream().anyMatch(n -> n.endsWith(".md")), "no Markdown file goes into the book");
            Element link = book.xml("OEBPS/01-la-cantine.xhtml").selectFirst("a[href^=03-paroles]");
            assertEquals("03-paroles.xhtml#la-chanson", link.attr("href"));
            assertNotNull(book.xml("OEBPS/nav.xhtml").selectFirst("a[href=01-la-cantine.xhtml#qui-cuisinait]"), "a heading with an id is in the contents");
        }
    }

    @Test
    void notesOfEveryKindAreNumberedAcrossTheBookAndMarkedByWhoWroteThem() throws Exception {
        try (EpubFile book = new EpubFile(epub)) {
            Document endnotes = book.xml("OEBPS/endnotes.xhtml");
            List<Element> notes = endnotes.select("li[epub:type~=endnote]");
            assertEquals(5, notes.size(), endnotes.outerHtml());
            List<String> kinds = notes.stream().map(n -> n.className()).toList();
            assertEquals(List.of("translator-note", "author-note", "author-note", "translator-note", "author-note"), kinds,
                    "[^tr-1], [^1], [^au-equipes], [^tr-date], then the XHTML chapter's author's note");
            assertTrue(notes.get(0).text().startsWith("N.d.T. Le piquet de grève"), notes.get(0).text());
            assertTrue(notes.get(3).wholeText().contains("texte" + NBSP + ":" + " «" + NNBSP + "nous sommes la cuisine" + NNBSP + "»"),
                    notes.get(3).wholeText());
            assertEquals("sauf", notes.get(2).selectFirst("em").text(), "a note keeps its emphasis");
            Document cantine = book.xml("OEBPS/01-la-cantine.xhtml");
            assertEquals(List.of("2", "3", "4"), cantine.select("a[epub:type=noteref]").eachText());
            assertEquals("endnotes.xhtml#note-4", cantine.select("a[epub:type=noteref]").get(2).attr("href"));
            assertTrue(cantine.select("span.note").isEmpty());
            assertEquals(2, result.translatorNotes());
            assertEquals(3, result.authorNotes());
        }
    }

    @Test
    void aTitledImageIsAFigureWithItsCaption() throws Exception {
        try (EpubFile book = new EpubFile(epub)) {
            Element figure = book.xml("OEBPS/01-la-cantine.xhtml").selectFirst("figure#figure-marmite");
            assertNotNull(figure);
            Element img = figure.selectFirst("img");
            assertEquals("images/marmite.jpg", img.attr("src"));
            assertEquals("Dessin d’une marmite sombre posée sur une bande rouge.", img.attr("alt"));
            assertEquals("La première marmite, le 1er mars", figure.selectFirst("figcaption").text());
            assertTrue(book.names().contains("OEBPS/images/marmite.jpg"));
            assertEquals(1, result.figures());
        }
    }

    @Test
    void englishPassagesAreMarkedAndLeftAsTyped() throws Exception {
        try (EpubFile book = new EpubFile(epub)) {
            Document cantine = book.xml("OEBPS/01-la-cantine.xhtml");
            Element span = cantine.selectFirst("span[lang=en]");
            assertEquals("en", span.attr("xml:lang"));
            assertEquals("we are the kitchen", span.text());
            Element quotation = cantine.selectFirst("blockquote[lang=en]");
            assertEquals("en", quotation.attr("xml:lang"));
            assertEquals("Without soup, what is a strike? Nothing: a crowd at a gate!", quotation.text(),
                    "no French spaces in English");
        }
    }

    @Test
    void frenchTextHasItsSpacesInMarkdownAsInXhtml() throws Exception {
        try (EpubFile book = new EpubFile(epub)) {
            String cantine = book.xml("OEBPS/01-la-cantine.xhtml").selectFirst("body").wholeText();
            assertTrue(cantine.contains("au piquet" + NBSP + ": une soupe"), cantine);
            assertTrue(cantine.contains("une cantine" + NNBSP + "?"), cantine);
            assertTrue(cantine.contains("«" + NNBSP + "on ne tient pas un piquet le ventre vide" + NNBSP + "!" + NNBSP + "»"), cantine);
            assertTrue(cantine.contains("au hangar" + NNBSP + ";"), "in a list item too: " + cantine);
            String paroles = book.xml("OEBPS/03-paroles.xhtml").selectFirst("body").wholeText();
            assertTrue(paroles.contains("Qui a écrit ça" + NNBSP + "?"), "in a quotation too: " + paroles);
            Element sup = book.xml("OEBPS/01-la-cantine.xhtml").selectFirst("p > sup");
            assertEquals("er", sup.text(), "an XHTML tag inside a Markdown paragraph");
        }
    }

    @Test
    void anUnlistedMarkdownFileIsReportedAsLeftOut() throws Exception {
        Path project = FixtureBook.materialize(TestBooks.book("golden-markdown"), out.resolve("unlisted"));
        Files.writeString(project.resolve("book/04-brouillon.md"), "# Brouillon\n");
        BuildResult built = TestBooks.build(project, out.resolve("unlisted.epub"));
        assertTrue(built.report().problems().stream().map(Problem::format)
                .anyMatch(p -> p.startsWith("book/04-brouillon.md: warning [PRJ-006]")), built.report().problems().toString());
    }
}
