package fr.brochures.ebook.web;

import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web edition of the golden book of passages in other languages (English, Kazakh) inside a French book. */
class LanguagesWebEditionTest extends WebEditionContract {

    @TempDir
    static Path work;
    private WebBuild build;

    @BeforeAll
    void buildTheBook() throws IOException {
        build = WebBuild.of(FixtureBook.materialize(TestBooks.book("golden-languages"), work.resolve("project")), work);
    }

    @Override
    WebBuild build() {
        return build;
    }

    @Test
    void passagesKeepTheirLanguageAndNoXmlLang() {
        var page = build.page("02-les-interventions.html");
        assertEquals("kk", page.selectFirst("main blockquote[lang]").attr("lang"));
        assertTrue(page.select("[xml:lang]").isEmpty(), "HTML has lang only");
    }
}
