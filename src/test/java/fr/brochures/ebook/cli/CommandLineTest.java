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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as people know it from other tools: --version, help, -q and -v, check's usage notes, "did you mean". */
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

    @Test
    void quietPrintsNothingForACleanBuild() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("quiet"));
        Path epub = dir.resolve("quiet.epub");
        Run run = run("build", project.toString(), "-o", epub.toString(), "--no-site", "-q");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals("", run.err(), "not even the notes for the editors");
        assertTrue(Files.size(epub) > 0, "the book is built all the same");
    }

    @Test
    void quietPrintsTheErrorsOnly() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("quiet-errors"));
        Path chapter = project.resolve("book/01-premier.xhtml");
        Files.writeString(chapter, Files.readString(chapter).replace("images/schema.svg", "images/absent.svg"));
        Path yaml = project.resolve("book/book.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "colour: red\n"); // an unknown key: a warning
        Run normal = run("build", project.toString(), "--no-site");
        Run quiet = run("build", project.toString(), "--no-site", "--quiet");
        assertEquals(1, quiet.exit());
        assertEquals("", quiet.out());
        assertTrue(normal.err().contains("] "), normal.err());
        List<String> errors = normal.err().lines().filter(l -> l.contains(": error [") || l.startsWith("ebook-builder:")).toList();
        assertEquals(errors, quiet.err().lines().toList(), "the errors and the line saying nothing was written, nothing else");
        assertTrue(normal.err().lines().count() > errors.size(), "there were notes or warnings to leave out: " + normal.err());
    }

    @Test
    void verbosePrintsEachStepWithItsTimeTheImagesAndTheFilesWritten() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("verbose"));
        Path epub = dir.resolve("verbose.epub");
        Run run = run("build", project.toString(), "-o", epub.toString(), "--site", dir.resolve("site").toString(), "-v");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        List<String> steps = List.of("Loading the project", "Reading, checking and transforming the chapters", "Making the EPUB",
                "Making the Kobo edition", "Making the web edition", "Making the download site", "Writing the outputs");
        for (int i = 0; i < steps.size(); i++) {
            assertTrue(lines.get(i).startsWith(steps.get(i)) && lines.get(i).matches(".*: \\d+\\.\\d\\d s"), "step " + i + ": " + run.out());
        }
        assertTrue(run.out().contains("2 images prepared in "), "the figure and the cover: " + run.out());
        assertTrue(run.out().contains("Wrote " + epub + " ("), run.out());
        assertTrue(run.out().contains("Wrote " + dir.resolve("site").resolve("index.html") + " ("), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Built " + epub)), "and the summary: " + run.out());
        assertTrue(run.err().contains("warning [COVER-002]"), "the problems as always: " + run.err());
        Run plain = run("build", project.toString(), "-o", epub.toString(), "--no-site");
        assertFalse(plain.out().contains("Loading the project") || plain.out().contains("Wrote "), "only with -v: " + plain.out());
    }

    @Test
    void verboseWithCheckTimesEpubCheckAndAFailedBuildStillShowsItsSteps() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("verbose-check"));
        Run checked = run("build", project.toString(), "-o", dir.resolve("c.epub").toString(), "--no-site", "--check", "-v");
        assertEquals(0, checked.exit(), checked.err());
        assertTrue(checked.out().contains("Checking the books with EPUBCheck: "), checked.out());
        Files.writeString(project.resolve("book/book.yaml"), "title: [\n");
        Run failed = run("build", project.toString(), "--no-site", "-v");
        assertEquals(1, failed.exit());
        assertTrue(failed.out().startsWith("Loading the project"), "the step that stopped it: " + failed.out());
        assertFalse(failed.out().contains("Reading, checking"), failed.out());
    }

    @Test
    void quietAndVerboseTogetherAreRefused() {
        Run run = run("build", dir.toString(), "-q", "-v");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals("ebook-builder: -q/--quiet and -v/--verbose cannot go together.", run.err().strip());
        assertEquals(ExitCodes.USAGE, run("check", "x.epub", "-q", "--usage").exit());
    }

    @Test
    void checkQuietPrintsNothingForAValidBookAndVerboseListsTheUsageNotes() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("check"));
        Path epub = dir.resolve("checked.epub");
        assertEquals(0, run("build", project.toString(), "-o", epub.toString(), "--no-site", "-q").exit());
        Run quiet = run("check", epub.toString(), "-q");
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals("", quiet.out() + quiet.err());
        Run verbose = run("check", epub.toString(), "--verbose");
        assertTrue(verbose.out().contains("USAGE OPF-086b") && verbose.out().contains("EPUBCheck: "), verbose.out());
    }

    @Test
    void noProgressLineWhenTheOutputIsNotATerminal() throws IOException {
        // surefire's output is a pipe, as in CI: the images are prepared, and nothing but lines is printed
        Path project = FixtureBook.materialize(TestBooks.book("golden-figures"), dir.resolve("figures"));
        Run run = run("build", project.toString(), "-o", dir.resolve("figures.epub").toString(), "--no-site", "-v");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("\r") || run.err().contains("\r"), run.out());
        assertFalse(run.out().contains("Preparing images"), run.out());
    }

    @Test
    void aChapterListedUnderAShortenedOrMisspelledNameGetsTheClosestFile() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("chapter-typo"));
        Path yaml = project.resolve("book/book.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  - 01-premier.xhtml", "  - 01-prem.xhtml")
                .replace("  - 02-second.xhtml", "  - 02-secnod.xhtml"));
        Run run = run("build", project.toString(), "--no-site");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("book/book.yaml:27:5: error [PRJ-002] The reading order in book/book.yaml lists "
                + "01-prem.xhtml, but there is no such file in book/. Did you mean '01-premier.xhtml'?"), run.err());
        assertTrue(run.err().contains("lists 02-secnod.xhtml, but there is no such file in book/. Did you mean '02-second.xhtml'?"),
                run.err());
    }

    @Test
    void aStylesheetLinkedOrImportedUnderAMisspelledNameGetsTheClosestOne() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("css-typo"));
        Path chapter = project.resolve("book/01-premier.xhtml");
        Files.writeString(chapter, Files.readString(chapter).replace("</title>",
                "</title>\n<link rel=\"stylesheet\" href=\"../styles/bok.css\"/>"));
        Run linked = run("build", project.toString(), "--no-site", "--strict");
        assertEquals(1, linked.exit(), "a warning, so --strict fails: " + linked.err());
        assertTrue(linked.err().contains("book/01-premier.xhtml:6:1: warning [CSS-004] This chapter links to the stylesheet "
                + "'../styles/bok.css', which is not in styles/. Did you mean '../styles/book.css'?"), linked.err());
        Files.writeString(chapter, Files.readString(chapter).replace("../styles/bok.css", "../styles/book.css"));
        Files.writeString(project.resolve("styles/print.css"), "@import \"bookk.css\";\np { orphans: 2; }\n");
        Run imported = run("build", project.toString(), "--no-site");
        assertEquals(1, imported.exit(), imported.err());
        assertFalse(imported.err().contains("CSS-004"), "a link to a stylesheet of styles/ is fine: " + imported.err());
        assertTrue(imported.err().contains("styles/print.css:1:1: error [CSS-003] The stylesheet refers to 'bookk.css', "
                + "which the book does not embed (only the stylesheets of styles/ go into the EPUB). Did you mean 'book.css'?"),
                imported.err());
    }
}
