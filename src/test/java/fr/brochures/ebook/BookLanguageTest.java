package fr.brochures.ebook;

import fr.brochures.ebook.cli.Main;
import fr.brochures.ebook.labels.LabelsTestAccess;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every word the builder writes is in the book's language: an English book has no French word in any file the build
 * writes; a book in a language the builder does not speak gets English words and a warning, and its own words where
 * book.yaml gives them.
 */
class BookLanguageTest {

    @TempDir
    Path dir;

    @Test
    void anEnglishBookHasNoFrenchWordInAnyFileTheBuildWrites() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("golden-english"), dir.resolve("project"));
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "build", project.toString()));
        Path unzipped = dir.resolve("unzipped");
        StringWriter messages = new StringWriter();
        GoldenOutput.collect(project.resolve("target"), messages.toString(), unzipped);
        List<String> french = LabelsTestAccess.frenchOnlyWords();
        assertTrue(french.size() > 20, french::toString);
        int files = 0;
        try (Stream<Path> all = Files.walk(unzipped)) {
            for (Path file : all.filter(f -> f.toString().matches(".*\\.(xhtml|html|opf|ncx|svg)")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (String word : french) {
                    assertTrue(!text.contains(word), unzipped.relativize(file) + " says «" + word + "»");
                }
                files++;
            }
        }
        assertTrue(files >= 15, "the EPUB, the Kobo edition and the site were searched: " + files);
    }

    @Test
    void aBookInALanguageTheBuilderDoesNotSpeakGetsEnglishWordsAWarningAndItsOwnWords() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("de"));
        Path yaml = project.resolve("book/book.yaml");
        String text = Files.readString(yaml).replace("language: fr", "language: de")
                + "labels:\n  endnotes: Anmerkungen\n  colophn: Impressum\n";
        Files.writeString(yaml, text);
        for (Path chapter : List.of(project.resolve("book/01-premier.xhtml"), project.resolve("book/02-second.xhtml"))) {
            Files.writeString(chapter, Files.readString(chapter).replace("lang=\"fr\" xml:lang=\"fr\"", "lang=\"de\" xml:lang=\"de\""));
        }
        Path epub = dir.resolve("de.epub");
        BuildResult result = TestBooks.build(project, epub);
        assertTrue(result.written(), () -> result.report().problems().toString());
        List<String> codes = new ArrayList<>(result.report().problems().stream().map(Problem::id).map(MessageId::code).toList());
        assertTrue(codes.contains("LANG-001"), codes::toString);
        assertTrue(result.report().problems().stream().map(Problem::format).anyMatch(m -> m.contains("labels.colophn") && m.contains("colophon")),
                "a misspelt label is named with the closest one");
        try (EpubFile file = new EpubFile(epub)) {
            assertEquals("Anmerkungen", file.xml("OEBPS/endnotes.xhtml").selectFirst("h1").text());
            assertEquals("Colophon", file.xml("OEBPS/colophon.xhtml").selectFirst("h1").text());
            assertEquals("Contents", file.xml("OEBPS/nav.xhtml").selectFirst("nav h1, nav h2").text());
        }
    }
}
