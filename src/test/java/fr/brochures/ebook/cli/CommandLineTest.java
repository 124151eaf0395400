package fr.brochures.ebook.cli;

import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as people know it from other tools: --version, help, check's usage notes, "did you mean". */
class CommandLineTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void versionIsThePomsVersion() {
        String pom = System.getProperty("ebook-builder.version");
        assertTrue(pom != null && !pom.isBlank(), "surefire passes the pom's version");
        Run run = run("--version");
        assertEquals(0, run.exit());
        assertEquals("ebook-builder " + pom, run.out().strip());
    }

    @Test
    void helpShowsACommandsUsage() {
        Run run = run("help", "build");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Usage: ebook-builder build"), run.out());
        assertTrue(run.out().contains("--check"), run.out());
        assertTrue(run("help").out().contains("check"), "help alone lists the commands");
    }

    @Test
    void checkListsUsageNotesOnlyWhenAsked() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("project"));
        Path epub = dir.resolve("book.epub");
        assertEquals(0, run("build", project.toString(), "-o", epub.toString(), "--no-site").exit());
        Run plain = run("check", epub.toString());
        assertEquals(0, plain.exit(), plain.out());
        assertFalse(plain.out().contains("USAGE"), plain.out());
        assertTrue(plain.out().matches("(?s).*EPUBCheck: no fatal errors, no errors, no warnings, (1 usage note|([2-9]|[1-9]\\d+) usage notes).*"),
                "the summary still counts them: " + plain.out());
        assertTrue(run("check", epub.toString(), "--usage").out().contains("USAGE OPF-086b"), "--usage lists them");
    }

    @Test
    void aMisspelledImageNameGetsTheClosestOne() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("typo"));
        Path chapter = project.resolve("book/01-premier.xhtml");
        Files.writeString(chapter, Files.readString(chapter).replace("images/schema.svg", "images/shema.svg"));
        Run run = run("build", project.toString(), "--no-site");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("'images/shema.svg' does not exist. Did you mean 'images/schema.svg'?"), run.err());
    }
}
