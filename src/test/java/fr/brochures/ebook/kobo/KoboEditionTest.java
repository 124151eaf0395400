package fr.brochures.ebook.kobo;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.EpubFile;
import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Kobo edition of real books: no span Kobo could break a line before, that is, none opening on a closer. */
class KoboEditionTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"brochure", "golden-english", "golden-languages", "golden-notes-everywhere"})
    void noKoboSpanStartsWithClosingPunctuationOrANoBreakSpace(String book) throws IOException {
        Path project = book.equals("brochure") ? TestBooks.brochure()
                : FixtureBook.materialize(TestBooks.book(book), dir.resolve("project"));
        Path epub = dir.resolve("book.epub");
        BuildResult result = TestBooks.build(project, epub);
        assertTrue(result.written(), () -> result.report().problems().toString());
        int spans = 0;
        try (EpubFile kepub = new EpubFile(KoboRenderer.kepubPath(epub))) {
            for (String name : kepub.names().stream().filter(n -> n.endsWith(".xhtml")).toList()) {
                for (Element span : kepub.xml(name).select("span.koboSpan")) {
                    String text = span.wholeText();
                    assertFalse(text.matches("(?s)[\\u00A0\\u202F»”’)\\]}.,;:!?…].*"), name + " " + span.id() + ": «" + text + "»");
                    spans++;
                }
            }
        }
        assertTrue(spans > 20, "the book has Kobo spans: " + spans);
    }
}
