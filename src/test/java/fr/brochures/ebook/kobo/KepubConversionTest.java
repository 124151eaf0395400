package fr.brochures.ebook.kobo;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KepubConversionTest {

    private static Document convert(String body) {
        Document document = Jsoup.parse("<html><body>" + body + "</body></html>", "", Parser.xmlParser());
        KepubConversion.convert(document);
        return document;
    }

    @Test
    void wrapsEachSentenceInANumberedKoboSpan() {
        Document document = convert("<p>Une phrase. Une autre\u202F! Fin</p><p>Second <em>bloc</em>.</p>");
        List<String> ids = document.select("span.koboSpan").eachAttr("id");
        assertEquals(List.of("kobo.1.1", "kobo.1.2", "kobo.1.3", "kobo.2.1", "kobo.2.2", "kobo.2.3"), ids);
        assertEquals("Une phrase. Une autre\u202F! Fin", document.selectFirst("p").wholeText());
    }

    @Test
    void typesNoteReferencesAsEndnotesForKobo() {
        Document document = convert("<p>Texte<a href=\"endnotes.xhtml#note-1\" epub:type=\"noteref\">1</a>.</p>");
        assertEquals("noteref endnote", document.selectFirst("a").attr("epub:type"));
    }

    @Test
    void usesAnArrowKoboFontsHaveForBackLinks() {
        Document document = convert("<li><p>Note. <a href=\"c.xhtml#noteref-1\" epub:type=\"backlink\">\u21A9\uFE0E</a></p></li>");
        assertEquals("\u2190", document.selectFirst("a").text());
    }

    @Test
    void dropsSoftHyphens() {
        Document document = convert("<p>révo\u00ADlution</p>");
        assertFalse(document.text().contains("\u00AD"));
    }
}
