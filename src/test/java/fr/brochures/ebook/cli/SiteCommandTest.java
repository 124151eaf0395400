package fr.brochures.ebook.cli;

import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code site DIR… -o OUT} on the command line: a book with errors stops the whole site, its problems placed in its
 * project (file and line), nothing written; two books with one identifier are refused; two books of one title get two
 * folders; a command line that cannot run (OUT among a book's sources, a book given twice, OUT a file, a bad language)
 * is a usage error before anything is read or written.
 */
class SiteCommandTest {

    @TempDir
    Path temp;

    private Path copy(String name, String as) throws IOException {
        return FixtureBook.materialize(TestBooks.book(name), temp.resolve(as));
    }

    @Test
    void aBookWithErrorsStopsTheSiteAndItsProblemsArePlacedInItsProject() throws IOException {
        Path good = copy("notes-and-figure", "bon");
        Path bad = copy("yaml-invalid-error", "mauvais");
        Path out = temp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "the site as published before");

        BuildCommandTest.Run run = BuildCommandTest.run("site", good.toString(), bad.toString(), "-o", out.toString());

        assertEquals(ExitCodes.INVALID, run.exit(), run.err() + run.out());
        assertTrue(run.err().contains(bad.resolve("book/book.yaml") + ":3:3: error [YAML-005]"), run.err());
        assertTrue(run.err().strip().endsWith("ebook-builder: no site written: 1 error. Fix it and run site again."), run.err());
        run.assertNoStackTrace();
        assertEquals("", run.out(), "no book is said to be built");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.count(), "nothing written, not even the good book's folder");
        }
        assertEquals("the site as published before", Files.readString(out.resolve("index.html")));
    }

    @Test
    void twoBooksWithOneIdentifierAreRefused() throws IOException {
        Path first = copy("notes-and-figure", "un");
        Path second = copy("notes-and-figure", "deux");
        Path out = temp.resolve("site");

        BuildCommandTest.Run run = BuildCommandTest.run("site", first.toString(), second.toString(), "-o", out.toString(), "-q");

        assertEquals(ExitCodes.INVALID, run.exit(), run.err());
        assertTrue(run.err().contains(second.resolve("book/book.yaml") + ": error [SITE-001]"), run.err());
        assertTrue(run.err().contains(first.toString()), "names the book that has it too: " + run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void twoBooksOfOneTitleGetTwoFolders() throws IOException {
        Path first = copy("notes-and-figure", "un");
        Path second = copy("notes-and-figure", "deux");
        Path yaml = second.resolve("book/book.yaml");
        Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8)
                .replace("urn:uuid:6f1c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f", "urn:uuid:6f1c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e60"), StandardCharsets.UTF_8);
        Map<String, String> sources = FixtureBook.hashes(second);
        Path out = temp.resolve("site");

        BuildCommandTest.Run run = BuildCommandTest.run("site", first.toString(), second.toString(), "-o", out.toString());

        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("petit-livre-d-essai/petit-livre-d-essai.epub")));
        assertTrue(Files.isRegularFile(out.resolve("petit-livre-d-essai-2/petit-livre-d-essai-2.epub")));
        assertTrue(run.out().contains("Site of 2 books written: " + out.resolve("index.html")), run.out());
        assertEquals(sources, FixtureBook.hashes(second), "the sources are only read");
        assertFalse(Files.exists(second.resolve("target")), "nothing is written beside them");
    }

    @Test
    void aSiteAmongABooksSourcesIsRefusedBeforeAnythingIsBuilt() throws IOException {
        Path book = copy("notes-and-figure", "livre");
        Path other = copy("golden-minimal", "autre");
        Map<String, String> before = FixtureBook.hashes(other);

        BuildCommandTest.Run run = BuildCommandTest.run("site", book.toString(), other.toString(), "-o", other.resolve("book/site").toString());

        assertEquals(ExitCodes.USAGE, run.exit(), run.err());
        assertTrue(run.err().startsWith("ebook-builder: -o " + other.resolve("book/site") + " would write "), run.err());
        assertEquals(before, FixtureBook.hashes(other));
    }

    @Test
    void aBookFolderLandingOnTheSourcesIsRefused() throws IOException {
        // a book titled "Book" gets the folder book/: with OUT the project itself, that is the project's book/
        Path book = copy("notes-and-figure", "livre");
        Path yaml = book.resolve("book/book.yaml");
        Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8).replace("title: Petit livre d’essai", "title: Book"),
                StandardCharsets.UTF_8);
        Map<String, String> before = FixtureBook.hashes(book);

        BuildCommandTest.Run run = BuildCommandTest.run("site", book.toString(), "-o", book.toString());

        assertEquals(ExitCodes.USAGE, run.exit(), run.err());
        assertTrue(run.err().contains(book.resolve("book") + " into book/"), run.err());
        assertEquals(before, FixtureBook.hashes(book));
    }

    @Test
    void wrongCommandLinesAreUsageErrors() throws IOException {
        Path book = copy("notes-and-figure", "livre");
        Path out = temp.resolve("site");
        Path file = Files.writeString(temp.resolve("fichier.txt"), "x");
        String[][] wrong = {
                {"site", book.toString(), book.resolve("../livre").toString(), "-o", out.toString()},
                {"site", book.toString(), "-o", file.toString()},
                {"site", book.toString(), "-o", out.toString(), "--language", "fr-12345678-x"},
                {"site", book.toString(), "-o", out.toString(), "--base-url", "ftp://example.org/"},
                {"site", book.toString(), "-o", out.toString(), "-q", "-v"},
                {"site", temp.resolve("nowhere").toString(), "-o", out.toString()},
                {"site", book.toString()},
        };
        for (String[] args : wrong) {
            BuildCommandTest.Run run = BuildCommandTest.run(args);
            assertEquals(ExitCodes.USAGE, run.exit(), String.join(" ", args) + "\n" + run.err());
            run.assertNoStackTrace();
        }
        assertFalse(Files.exists(out), "nothing built on a usage error");
    }
}
