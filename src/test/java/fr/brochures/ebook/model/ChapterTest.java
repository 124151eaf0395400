package fr.brochures.ebook.model;

import fr.brochures.ebook.project.Part;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A chapter finds its html element and the language it declares there, for the checks and transforms alike. */
class ChapterTest {

    private static Chapter chapter(String xhtml) {
        return new Chapter("a.xhtml", Part.BODY, "book/a.xhtml", Jsoup.parse(xhtml, "", Parser.xmlParser()));
    }

    @Test
    void theLanguageIsTheLangOfHtml() {
        assertEquals(Optional.of("en"), chapter("<html lang=\"en\"><body><p>Hi</p></body></html>").language());
        assertEquals("html", chapter("<html lang=\"en\"><body/></html>").html().orElseThrow().normalName());
    }

    @Test
    void noLangOrNoHtmlGivesNoLanguage() {
        assertEquals(Optional.empty(), chapter("<html lang=\" \"><body/></html>").language());
        assertEquals(Optional.empty(), chapter("<html xml:lang=\"en\"><body/></html>").language(), "lang alone counts");
        assertEquals(Optional.empty(), chapter("<body><p>Hi</p></body>").language());
        assertEquals(Optional.empty(), chapter("<body><p>Hi</p></body>").html());
    }
}
