package fr.brochures.ebook.checks;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.project.Part;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The language of a passage ({@code lang}, {@code xml:lang}) is a BCP 47 tag, as the book's own language; attribute
 * values as long as a hostile chapter makes them are checked without exhausting the stack.
 */
class AttributeCheckTest {

    private static BuildReport check(String attributes) {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>t</title>"
                + "</head><body><p " + attributes + ">Texte</p></body></html>";
        Chapter chapter = new Chapter("a.xhtml", Part.BODY, "book/a.xhtml", Jsoup.parse(xhtml, "", Parser.xmlParser()));
        BuildReport report = new BuildReport();
        new AttributeCheck().check(chapter, new CheckContext(null, report));
        return report;
    }

    @Test
    void aLanguageOfHundredsOfThousandsOfSubtagsIsChecked() {
        String lang = "fr-x" + "-abcd".repeat(300_000);
        assertEquals(0, check("lang=\"" + lang + "\" xml:lang=\"" + lang + "\"").problems().size());
        assertTrue(check("lang=\"" + lang + "-\"").has(MessageId.XHTML_010));
    }

    @Test
    void anEpubTypeOfHundredsOfThousandsOfTokensIsChecked() {
        assertEquals(0, check("epub:type=\"" + "z3998:song ".repeat(200_000) + "\"").problems().size());
        assertTrue(check("epub:type=\"" + "z3998:song ".repeat(200_000) + "!\"").has(MessageId.XHTML_010));
    }


    @Test
    void anEpubTypePrefixNobodyDeclaresIsAWarningAtItsPlace() {
        BuildReport report = check("epub:type=\"foo:bar z3998:song se:name.person.full-name chapter\"");
        assertEquals(1, report.problems().size(), report.problems().toString());
        Problem warning = report.problems().get(0);
        assertEquals(MessageId.XHTML_013, warning.id());
        assertEquals(Severity.WARNING, warning.severity());
        assertTrue(warning.text().contains("'foo:bar'") && warning.text().contains("'foo:'"), warning.text());
        assertEquals("book/a.xhtml", warning.location().file());
    }

    @Test
    void aPrefixTheChapterDeclaresIsItsOwn() {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
                + "epub:prefix=\"foo: https://example.org/foo#, bar: https://example.org/bar\"><head><title>t</title></head>"
                + "<body><p epub:type=\"foo:x bar:y\">Texte</p></body></html>";
        Chapter chapter = new Chapter("a.xhtml", Part.BODY, "book/a.xhtml", Jsoup.parse(xhtml, "", Parser.xmlParser()));
        BuildReport report = new BuildReport();
        new AttributeCheck().check(chapter, new CheckContext(null, report));
        assertEquals(0, report.problems().size(), report.problems().toString());
    }

    @ParameterizedTest(name = "{0}=\"{1}\"")
    @CsvSource(value = {"lang, fr", "lang, fr-CA", "xml:lang, kk-Cyrl", "lang, zh-Hant-TW", "lang, en-GB-oxendict", "lang, no",
            "lang, ''"}, emptyValue = "")
    void acceptsBcp47Tags(String attribute, String tag) {
        assertNull(AttributeCheck.problem("span", attribute, tag));
    }

    @ParameterizedTest(name = "{0}=\"{1}\"")
    @CsvSource({"lang, fr-12345678-x", "xml:lang, fr-12345678-x", "lang, fr_FR", "lang, français", "lang, fr-", "lang, x",
            "lang, abcdefghi"})
    void refusesWhatIsNotABcp47Tag(String attribute, String tag) {
        assertNotNull(AttributeCheck.problem("span", attribute, tag));
    }
}
