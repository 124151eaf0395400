package fr.brochures.ebook.model;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A chapter's title and contents come from its headings as written: any level, hgroups joined, sections nested by rank. */
class ChapterOutlineTest {

    private static Document body(String body) {
        return Jsoup.parse("<html><head><title>t</title></head><body>" + body + "</body></html>", "", Parser.xmlParser());
    }

    @Test
    void theTitleIsTheFirstHeadingOfAnyLevel() {
        assertEquals("Chapitre", ChapterOutline.title(body("<section><h2>Chapitre</h2><h3>Plus bas</h3></section>"), ": "));
        assertEquals("Un", ChapterOutline.title(body("<h1>Un</h1><h1>Deux</h1>"), ": "));
        assertEquals("Titre", ChapterOutline.title(body("<blockquote><h2>Cité</h2></blockquote><h3>Titre</h3>"), ": "),
                "a quotation's heading is the quotation's");
    }

    @Test
    void anHgroupJoinsItsNumberAndTitle() {
        Document hume = body("<section id=\"s1\" epub:type=\"chapter\"><hgroup><h2 epub:type=\"ordinal z3998:roman\">I</h2>"
                + "<p epub:type=\"title\">Of the Different Species of Philosophy</p></hgroup><p>Text.</p></section>");
        assertEquals("I: Of the Different Species of Philosophy", ChapterOutline.title(hume, ": "));
        Document older = body("<hgroup><h2>Chapitre II</h2>\n<h3>La grève</h3></hgroup>");
        assertEquals("Chapitre II\u00A0: La grève", ChapterOutline.title(older, "\u00A0: "));
    }

    @Test
    void noHeadingNoTitle() {
        assertNull(ChapterOutline.title(body("<p>Rien.</p>"), ": "));
        assertNull(ChapterOutline.title(body("<figure><h2>Légende</h2></figure>"), ": "));
    }

    @Test
    void sectionsNestByRankUnderTheTitleDownToTheDepth() {
        Document document = body("<section id=\"c\"><h2>Chapitre</h2>"
                + "<section id=\"a\"><h3>A</h3><section id=\"a1\"><h4>A.1</h4><h5 id=\"a1x\">A.1.x</h5></section></section>"
                + "<section id=\"b\"><hgroup><h3>B</h3><p>sous-titre</p></hgroup></section>"
                + "<h3>Sans lien</h3></section>");
        List<ManuscriptChapter.Section> two = ChapterOutline.sections(document, 2, ": ");
        assertEquals(List.of(new ManuscriptChapter.Section("A", "a"), new ManuscriptChapter.Section("B: sous-titre", "b")), two);
        List<ManuscriptChapter.Section> four = ChapterOutline.sections(document, 4, ": ");
        assertEquals("A.1", four.get(0).children().get(0).title());
        assertEquals("a1x", four.get(0).children().get(0).children().get(0).anchor());
        assertEquals(List.of(), ChapterOutline.sections(document, 1, ": "), "depth 1: the chapters alone");
    }

    @Test
    void aHeadingOpeningItsSectionInAHeaderLinksToTheSection() {
        Document document = body("<h1>Livre</h1><section id=\"s\"><header><h2>Partie</h2><p>date</p></header><p>x</p></section>"
                + "<section id=\"t\"><p>avant</p><h2>Pas l’ouverture</h2></section>");
        assertEquals(List.of(new ManuscriptChapter.Section("Partie", "s")), ChapterOutline.sections(document, 2, ": "));
    }

    @Test
    void aLaterHeadingOfTheTitlesRankIsAFirstLevelSection() {
        Document document = body("<h2>Titre</h2><h2 id=\"suite\">Suite</h2><h3 id=\"sous\">Sous</h3>");
        List<ManuscriptChapter.Section> sections = ChapterOutline.sections(document, 3, ": ");
        assertEquals("suite", sections.get(0).anchor());
        assertEquals("sous", sections.get(0).children().get(0).anchor());
    }
}
