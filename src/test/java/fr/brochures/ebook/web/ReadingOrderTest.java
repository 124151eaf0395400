package fr.brochures.ebook.web;

import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Page names of the web edition: the EPUB's, .html for .xhtml, and a chapter named index kept apart from the contents. */
class ReadingOrderTest {

    @Test
    void aChapterNamedIndexDoesNotTakeTheContentsPagesPlace(@TempDir Path work) throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), work.resolve("project"));
        Path book = project.resolve("book");
        Files.move(book.resolve("02-second.xhtml"), book.resolve("index.xhtml"));
        Files.writeString(book.resolve("book.yaml"), Files.readString(book.resolve("book.yaml"), StandardCharsets.UTF_8)
                .replace("  - 02-second.xhtml", "  - index.xhtml"), StandardCharsets.UTF_8);
        Files.writeString(book.resolve("01-premier.xhtml"), Files.readString(book.resolve("01-premier.xhtml"), StandardCharsets.UTF_8)
                .replace("02-second.xhtml#suite", "index.xhtml#suite"), StandardCharsets.UTF_8);

        WebBuild build = WebBuild.of(project, work);

        assertEquals(List.of("titlepage.html", "01-premier.html", "index-text.html", "endnotes.html", "colophon.html"),
                build.page("index.html").select("nav.toc > ol > li > a").eachAttr("href"));
        assertEquals(List.of("index-text.html#suite"),
                build.page("01-premier.html").select("main a[href^=index]").eachAttr("href"));
    }
}
