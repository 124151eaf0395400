package fr.brochures.ebook.markdown;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.project.ChapterFile;
import fr.brochures.ebook.project.Part;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Problem;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Markdown chapter becomes the tree an XHTML author would have written, its elements placed on the Markdown's lines. */
class MarkdownReaderTest {

    private final BuildReport report = new BuildReport();

    private Chapter read(String markdown) {
        return read(markdown, Part.BODY);
    }

    private Chapter read(String markdown, Part part) {
        ChapterFile file = new ChapterFile(Path.of("book", "02-suite.md"), "02-suite.md", part);
        return new MarkdownReader(report).read(markdown, file, "book/02-suite.md", "fr").orElse(null);
    }

    private List<String> problems() {
        return report.problems().stream().map(Problem::format).toList();
    }

    @Test
    void theChapterIsAnXhtmlTreeNamedLikeAnXhtmlChapter() {
        Chapter chapter = read("# Titre\n\nUn *mot* et **deux**.\n");
        assertEquals("02-suite.xhtml", chapter.href());
        assertEquals("book/02-suite.md", chapter.sourceName());
        assertEquals("fr", chapter.language().orElseThrow());
        assertNotNull(chapter.document().selectFirst("html > head > title"));
        assertEquals("Titre", chapter.title(": "));
        Element text = chapter.document().selectFirst("html > body > section[epub:type=chapter]");
        assertNotNull(text, chapter.document().outerHtml());
        assertEquals("Un <em>mot</em> et <strong>deux</strong>.", text.selectFirst("p").html());
        assertTrue(read("# Avant-propos\n", Part.FRONT).document().selectFirst("body > section").attributes().isEmpty(),
                "only the body matter's text is a chapter");
    }

    @Test
    void notesAreWrittenInPlaceWithWhoWroteThemFromTheirLabel() {
        Chapter chapter = read("""
                # T

                Un[^tr-1] deux[^au-date] trois[^1].

                [^tr-1]: Note des *traducteurs*.
                [^au-date]: Le 6 janvier.
                [^1]: Une [source](https://example.org).
                """);
        List<Element> notes = chapter.document().select("span.note");
        assertEquals(3, notes.size(), chapter.document().outerHtml());
        assertEquals("translator", notes.get(0).attr("data-by"));
        assertEquals("Note des <em>traducteurs</em>.", notes.get(0).html());
        assertEquals("author", notes.get(1).attr("data-by"));
        assertEquals("author", notes.get(2).attr("data-by"), "a plain label is the author's note");
        assertEquals("https://example.org", notes.get(2).selectFirst("a").attr("href"));
        assertEquals("Un", notes.get(0).previousSibling().outerHtml().strip());
        assertEquals(1, chapter.document().select("p").size(), "the definitions write nothing where they stand");
    }

    @Test
    void aLoneImageWithATitleIsAFigureAndAnyOtherImageStaysInline() {
        Chapter chapter = read("""
                # T

                ![Une marmite.](images/marmite.jpg "La première marmite")
                {#figure-marmite .photo}

                Un logo ![Le logo.](images/logo.png) dans le texte, ![Un autre.](images/b.png "titre") aussi.
                """);
        Element figure = chapter.document().selectFirst("figure");
        assertNotNull(figure, chapter.document().outerHtml());
        assertEquals("figure-marmite", figure.id());
        assertTrue(figure.hasClass("photo"));
        Element img = figure.selectFirst("> img");
        assertEquals("images/marmite.jpg", img.attr("src"));
        assertEquals("Une marmite.", img.attr("alt"));
        assertFalse(img.hasAttr("title"), "the title is the caption, not read twice");
        assertFalse(img.hasAttr("id"), "the paragraph's id is the figure's only");
        assertEquals("La première marmite", figure.selectFirst("> figcaption").text());
        assertEquals(1, chapter.document().select("figure").size());
        Element inline = chapter.document().selectFirst("p > img[src=images/logo.png]");
        assertNotNull(inline);
        assertEquals("Le logo.", inline.attr("alt"));
        assertEquals("titre", chapter.document().selectFirst("p > img[src=images/b.png]").attr("title"));
    }

    @Test
    void langAttributesGiveLanguagesToSpansAndBlocksWithXmlLang() {
        Chapter chapter = read("""
                # T

                Ils disaient [we are the kitchen]{lang=en} et *strike*{lang=en}.

                An English paragraph.
                {lang=en}

                > A quotation.

                {lang=en}

                ## A heading {#h lang=en}
                """);
        Element span = chapter.document().selectFirst("span[lang]");
        assertNotNull(span, chapter.document().outerHtml());
        assertEquals("we are the kitchen", span.text());
        assertEquals("en", span.attr("xml:lang"));
        assertEquals("en", chapter.document().selectFirst("em").attr("lang"));
        assertEquals("en", chapter.document().select("p").get(1).attr("lang"));
        assertEquals("en", chapter.document().selectFirst("blockquote").attr("xml:lang"));
        Element h2 = chapter.document().selectFirst("h2");
        assertEquals("en", h2.attr("lang"));
        assertEquals("h", h2.id());
        assertFalse(chapter.document().text().contains("{"), "no attribute is left in the text");
    }

    @Test
    void headingsOpenSectionsAndKeepOnlyTheIdsWrittenForThem() {
        Chapter chapter = read("""
                # Titre

                Intro.

                ## Un {#un}

                ### Un point un

                Texte.

                ## Deux

                Fin.
                """);
        Element text = chapter.document().selectFirst("body > section");
        assertEquals("h1", text.child(0).normalName());
        List<Element> sections = text.select("> section");
        assertEquals(2, sections.size(), text.outerHtml());
        assertEquals("un", sections.get(0).selectFirst("> h2").id());
        assertNotNull(sections.get(0).selectFirst("> section > h3"));
        assertEquals("", sections.get(1).selectFirst("> h2").id(), "no id is made up from the text");
        assertEquals("Fin.", sections.get(1).selectFirst("> p").text());
    }

    @Test
    void linksToMarkdownChaptersLeadToTheirXhtmlNames() {
        Chapter chapter = read("# T\n\n[a](03-fin.md#x) [b](03-fin.md) [c](#ici) [d](https://example.org/a.md) [e](01-a.xhtml)\n");
        List<String> hrefs = chapter.document().select("a").eachAttr("href");
        assertEquals(List.of("03-fin.xhtml#x", "03-fin.xhtml", "#ici", "https://example.org/a.md", "01-a.xhtml"), hrefs);
    }

    @Test
    void everyElementIsPlacedOnTheMarkdownsLineAndColumn() {
        Chapter chapter = read("# Titre\r\n\r\nUn mot, une [image](x.md) ![alt](images/x.jpg) et 1<sup>er</sup>.\r\n\r\n> Cité\r\n\r\n- un\r\n");
        assertEquals("book/02-suite.md:1:1", chapter.at(chapter.document().selectFirst("h1")).toString());
        assertEquals("book/02-suite.md:3:1", chapter.at(chapter.document().selectFirst("p")).toString());
        assertEquals("book/02-suite.md:3:13", chapter.at(chapter.document().selectFirst("a")).toString());
        assertEquals("book/02-suite.md:3:27", chapter.at(chapter.document().selectFirst("img")).toString());
        assertEquals("book/02-suite.md:3:52", chapter.at(chapter.document().selectFirst("sup")).toString());
        assertEquals("book/02-suite.md:5:1", chapter.at(chapter.document().selectFirst("blockquote")).toString());
        assertEquals("book/02-suite.md:7:1", chapter.at(chapter.document().selectFirst("li")).toString());
        assertEquals("book/02-suite.md:3:1", chapter.at(chapter.document().selectFirst("p").textNodes().get(0)).toString(),
                "text is placed at its element");
        assertEquals("book/02-suite.md", chapter.at(chapter.document().selectFirst("body")).toString());
        assertFalse(chapter.document().outerHtml().contains(PositionAttributes.ATTRIBUTE), "the marks never reach a book");
    }

    @Test
    void commentsAreLeftOut() {
        Chapter chapter = read("# T\n\n<!-- pour les éditeurs -->\n\nTexte <!-- ici --> suivi.\n");
        assertFalse(chapter.document().outerHtml().contains("éditeurs"));
        assertFalse(chapter.document().outerHtml().contains("ici"));
    }

    @Test
    void notesThatCannotBeWrittenInPlaceAreReportedAtTheirLine() {
        assertNull(read("""
                # T

                Un[^manque] deux[^deux] trois[^vide].

                [^deux]: Premier paragraphe.

                    Second paragraphe.

                [^seule]: Jamais appelée.
                [^deux]: Encore.
                """));
        List<String> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("book/02-suite.md:3:3: error [MD-001]") && p.contains("[^manque]")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("book/02-suite.md:7:5: error [MD-003]") && p.contains("2 paragraphs")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("book/02-suite.md:9:1: error [MD-002]") && p.contains("[^seule]")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("book/02-suite.md:10:1: error [MD-004]") && p.contains("line 5")), problems::toString);
    }

    @Test
    void aNoteHoldingAListIsNotSupportedYet() {
        assertNull(read("# T\n\nUn[^a].\n\n[^a]: Voici :\n\n    - un\n    - deux\n"));
        assertTrue(problems().stream().anyMatch(p -> p.contains("[MD-003]") && p.contains("a list")), problems()::toString);
    }

    @Test
    void htmlBlocksAreRefusedAndInlineTagsMustBeWellFormed() {
        assertNull(read("""
                # T

                <div class="encadre">
                Texte
                </div>

                Un <span class="x">ouvert, un <br> et <abbr title=sans>guillemets</abbr>.

                *Croisés <b>ici*</b>.
                """));
        List<String> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("book/02-suite.md:3:1: error [MD-006]") && p.contains("<div class=\"encadre\">")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("book/02-suite.md:7:4: error [MD-007]") && p.contains("<span class=\"x\"> is not closed")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("book/02-suite.md:7:31: error [MD-007]") && p.contains("<br> is not closed")), problems::toString);
        assertEquals(6, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("book/02-suite.md:7:39: error [MD-007]") && p.contains("quote")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("book/02-suite.md:9:10: error [MD-007]")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("book/02-suite.md:9:17: error [MD-007]") && p.contains("</b> closes no tag")), problems::toString);
    }

    @Test
    void wellFormedInlineTagsAreKeptAndPlaced() {
        Chapter chapter = read("# T\n\nLe 1<sup>er</sup> mai, <abbr title=\"Confédération\">CGT</abbr>, <br/> fin.\n");
        assertNotNull(chapter, problems()::toString);
        assertEquals("er", chapter.document().selectFirst("p > sup").text());
        assertEquals("Confédération", chapter.document().selectFirst("abbr").attr("title"));
        assertEquals("book/02-suite.md:3:24", chapter.at(chapter.document().selectFirst("abbr")).toString());
    }
}
