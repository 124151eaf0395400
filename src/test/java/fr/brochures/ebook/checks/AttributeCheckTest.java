package fr.brochures.ebook.checks;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.project.Part;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attribute values as long as a hostile chapter makes them are checked without exhausting the stack. */
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
        String lang = "fr" + "-a".repeat(300_000);
        assertEquals(0, check("lang=\"" + lang + "\" xml:lang=\"" + lang + "\"").problems().size());
        assertTrue(check("lang=\"" + lang + "-\"").has(MessageId.XHTML_010));
    }

    @Test
    void anEpubTypeOfHundredsOfThousandsOfTokensIsChecked() {
        assertEquals(0, check("epub:type=\"" + "z3998:song ".repeat(200_000) + "\"").problems().size());
        assertTrue(check("epub:type=\"" + "z3998:song ".repeat(200_000) + "!\"").has(MessageId.XHTML_010));
    }
}
