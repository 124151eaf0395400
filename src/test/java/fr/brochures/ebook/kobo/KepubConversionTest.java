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
        // the final "." follows <em>: it stays out of any span, with the word before it
        assertEquals(List.of("kobo.1.1", "kobo.1.2", "kobo.1.3", "kobo.2.1", "kobo.2.2"), ids);
        assertEquals("Une phrase. Une autre\u202F! Fin", document.selectFirst("p").wholeText());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // the paragraph                                             | the spans' texts, joined by /
            "<p>«\u202F<em>Le Monde</em>\u202F», dit-il. Fin.</p>       | «\u202F/Le Monde/ dit-il. /Fin.",
            "<p>Voir <i>Capital</i>. Suite</p>                         | Voir /Capital/ Suite",
            "<p>Un <em>mot</em>\u00A0: la suite\u202F!</p>              | Un /mot/ la suite\u202F!",
            "<p>(<em>sic</em>) et la suite</p>                         | (/sic/ et la suite",
            "<p>«\u202F<em>fin</em>\u202F»</p>                         | «\u202F/fin",
            "<p>«\u202FShal, ket\u202F!\u202F» (Dégage\u202F!). Suite</p> | «\u202FShal, ket\u202F!\u202F» /(Dégage\u202F!). /Suite",
            "<p>Dans le monde.\u202F» Et puis (!\u202F!!) fin.</p>         | Dans le monde.\u202F» /Et puis (!\u202F!!) /fin.",
    })
    void noSpanStartsWithClosingPunctuationOrANoBreakSpace(String paragraph, String spans) {
        String xhtml = paragraph.replace("\\u202F", "\u202F").replace("\\u00A0", "\u00A0");
        Document document = convert(xhtml);
        List<String> texts = document.select("span.koboSpan").eachText();
        List<String> whole = document.select("span.koboSpan").stream().map(e -> e.wholeText()).toList();
        assertEquals(spans.replace("\\u202F", "\u202F").replace("\\u00A0", "\u00A0"), String.join("/", whole), texts::toString);
        for (String text : whole) {
            assertFalse(text.matches("(?s)^[\u00A0\u202F»”’)\\].,;:!?…].*"), "a span starts with " + text);
        }
        // the text itself is unchanged: only where the spans begin and end
        assertEquals(Jsoup.parse(xhtml, "", Parser.xmlParser()).selectFirst("p").wholeText(), document.selectFirst("p").wholeText());
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
