package fr.brochures.ebook;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What book.yaml says reaches the package document as written: YAML 1.2 words stay words, times are written in UTC. */
class BookYamlTest {

    @TempDir
    Path dir;

    private Document packageOf(String from, String to) throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("project"));
        Path yaml = project.resolve("book/book.yaml");
        String text = Files.readString(yaml);
        assertTrue(text.contains(from), from);
        Files.writeString(yaml, text.replace(from, to));
        Path epub = dir.resolve("book.epub");
        BuildResult result = TestBooks.build(project, epub);
        assertTrue(result.written(), () -> result.report().problems().toString());
        try (EpubFile file = new EpubFile(epub)) {
            return file.xml("OEBPS/content.opf");
        }
    }

    @Test
    void norwegianIsTheLanguageNoNotFalse() throws IOException {
        Document opf = packageOf("language: fr", "language: no");
        assertEquals("no", opf.selectFirst("dc|language").text());
    }

    @Test
    void aModifiedTimeWithAnOffsetIsWrittenInUtc() throws IOException {
        Document opf = packageOf("date: 2022-02-15\n", "date: 2022-02-15\nmodified: 2018-05-08T02:24:50+02:00\n");
        assertEquals("2018-05-08T00:24:50Z", opf.selectFirst("meta[property=dcterms:modified]").text());
    }
}
