package fr.brochures.ebook.cli;

import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Runs {@code build} as users do, in-process: exit codes, what is printed where, and what is (not) written. */
class BuildCommandTest {

    @TempDir
    Path temp;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {

        /** Fails when stderr shows a Java stack trace or exception instead of a message for people. */
        void assertNoStackTrace() {
            assertFalse(err.contains("Exception") || err.contains("\tat ") || out.contains("\tat "), err);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path project(String fixture) throws IOException {
        return FixtureBook.materialize(TestBooks.book(fixture), temp.resolve("project-" + fixture));
    }

    static Stream<String> errorCases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestBooks.book(""))) {
            return dirs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-error")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorCases")
    void everyBadBookExitsOneWithItsCodeAndPlaceAndWritesNothing(String fixture) throws IOException {
        Properties expect = FixtureBook.expectations(TestBooks.book(fixture));
        Path epub = temp.resolve("out").resolve("book.epub");
        Run run = run("build", project(fixture).toString(), "-o", epub.toString());
        assertEquals(ExitCodes.INVALID, run.exit(), run.err());
        for (String code : FixtureBook.list(expect, "codes")) {
            assertTrue(run.err().contains("error [" + code + "]"), code + " in " + run.err());
        }
        String file = expect.getProperty("file");
        if (file != null) {
            assertTrue(run.err().contains(file), file + " in " + run.err());
        }
        assertTrue(run.err().strip().matches("(?s).*Fix (it|them) and build again\\."), run.err());
        run.assertNoStackTrace();
        assertFalse(Files.exists(epub.getParent()), "no EPUB is written");
    }

    @Test
    void aGoodBookExitsZeroWithItsSummaryLine() throws IOException {
        Path epub = temp.resolve("book.epub");
        Run run = run("build", project("notes-and-figure").toString(), "-o", epub.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("Built " + epub + ": 2 chapters, 4 notes (2 translators', 2 authors')"), run.out());
        assertTrue(run.out().contains("SHA-256 "), run.out());
        assertTrue(Files.isRegularFile(epub));
        run.assertNoStackTrace();
    }

    @Test
    void theSummarySaysOneInTheSingular() throws IOException {
        Path epub = temp.resolve("minimal.epub");
        Run run = run("build", project("golden-minimal").toString(), "-o", epub.toString(), "--no-site");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains(": 1 chapter, no notes (0 translators', 0 authors'), no figures (no photograph awaited), images"),
                run.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() throws IOException {
        Run run = run("build", project("notes-and-figure").toString(), "--frobnicate");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("--frobnicate"), run.err());
        run.assertNoStackTrace();
    }

    @Test
    void aProjectDirThatIsNotAFolderIsAUsageError() throws IOException {
        Run missing = run("build", temp.resolve("nowhere").toString());
        assertEquals(ExitCodes.USAGE, missing.exit());
        assertTrue(missing.err().contains("is not a folder"), missing.err());
        Path file = Files.writeString(temp.resolve("a-file.txt"), "not a project");
        assertEquals(ExitCodes.USAGE, run("build", file.toString()).exit());
    }

    @Test
    void anOutputThatIsAFolderIsAUsageError() throws IOException {
        Run run = run("build", project("notes-and-figure").toString(), "-o", temp.toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("is a folder"), run.err());
    }

    @Test
    void strictTurnsAnUnknownKeyIntoAFailure() throws IOException {
        Path project = project("metadata-unknown-key");
        Run lenient = run("build", project.toString(), "-o", temp.resolve("lenient.epub").toString());
        assertEquals(ExitCodes.OK, lenient.exit(), lenient.err());
        assertTrue(lenient.err().contains("book/book.yaml:3:1: warning [META-004] Unknown metadata key 'titel'; it is ignored. Did you mean 'title'?"),
                lenient.err());
        Run strict = run("build", project.toString(), "--strict", "-o", temp.resolve("strict.epub").toString());
        assertEquals(ExitCodes.INVALID, strict.exit(), strict.err());
        assertTrue(strict.err().contains("(--strict)"), strict.err());
        assertFalse(Files.exists(temp.resolve("strict.epub")));
    }

    @Test
    void aFailedBuildLeavesThePreviousEpubUntouched() throws IOException {
        Path project = project("notes-and-figure");
        Path epub = temp.resolve("out").resolve("book.epub");
        assertEquals(ExitCodes.OK, run("build", project.toString(), "-o", epub.toString()).exit());
        Map<String, String> before = FixtureBook.hashes(epub.getParent());
        Path chapter = project.resolve("book/02-second.xhtml");
        Files.writeString(chapter, Files.readString(chapter).replace("</blockquote>", ""), StandardCharsets.UTF_8);
        Run failed = run("build", project.toString(), "-o", epub.toString());
        assertEquals(ExitCodes.INVALID, failed.exit());
        assertEquals(before, FixtureBook.hashes(epub.getParent()), "the EPUB, its Kobo edition and checksums are as they were");
    }

    @Test
    void aBuildNeverChangesItsSources() throws IOException {
        Path project = project("notes-and-figure");
        Map<String, String> before = FixtureBook.hashes(project);
        assertEquals(ExitCodes.OK, run("build", project.toString(), "-o", temp.resolve("book.epub").toString()).exit());
        assertEquals(before, sources(project));
        assertEquals(ExitCodes.OK, run("build", project.toString()).exit(), "the default output goes to target/");
        assertEquals(before, sources(project));
        Path broken = project.resolve("book/01-premier.xhtml");
        Files.writeString(broken, Files.readString(broken).replace("</figure>", ""));
        Map<String, String> brokenBefore = sources(project);
        assertEquals(ExitCodes.INVALID, run("build", project.toString()).exit());
        assertEquals(brokenBefore, sources(project), "a failed build changes nothing either");
    }

    /** Every file of the project but target/, where builds write what they make. */
    private static Map<String, String> sources(Path project) throws IOException {
        Map<String, String> files = FixtureBook.hashes(project);
        files.keySet().removeIf(name -> name.startsWith("target/"));
        return files;
    }

    @Test
    void anUnreadableChapterIsNamed() throws IOException {
        Path project = project("notes-and-figure");
        Path chapter = project.resolve("book/02-second.xhtml");
        Files.setPosixFilePermissions(chapter, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(chapter), "running as root: a file without permissions is still readable");
            Run run = run("build", project.toString(), "-o", temp.resolve("book.epub").toString());
            assertEquals(ExitCodes.INVALID, run.exit());
            assertTrue(run.err().contains("book/02-second.xhtml: error [PRJ-003] This file cannot be read (permission denied)"),
                    run.err());
            run.assertNoStackTrace();
        } finally {
            Files.setPosixFilePermissions(chapter, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void anImageLinkedFromOutsideTheProjectIsRefused() throws IOException {
        Path project = project("notes-and-figure");
        Path outside = Files.writeString(temp.resolve("secret.txt"), "not for the book");
        Path image = project.resolve("book/images/schema.svg");
        Files.delete(image);
        Files.createSymbolicLink(image, outside);
        Run run = run("build", project.toString(), "-o", temp.resolve("book.epub").toString());
        assertEquals(ExitCodes.INVALID, run.exit());
        assertTrue(run.err().contains("error [LINK-002] The path 'images/schema.svg' leaves the book/ folder"), run.err());
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        Run run = run("build", project("doctype-external-entity-error").toString(), "-o", temp.resolve("x.epub").toString());
        assertEquals(ExitCodes.INVALID, run.exit());
        assertTrue(run.err().contains("book/01-premier.xhtml:2:56: error [XHTML-004]"), run.err());
        assertFalse(run.err().contains("root:"), "nothing of /etc/passwd is read");
    }

    @Test
    void anInternalFailureIsOneLineNamingWhereTheDetailsAre() throws IOException {
        StringWriter err = new StringWriter();
        picocli.CommandLine commandLine = EbookBuilderCommand.commandLine("build");
        commandLine.setErr(new PrintWriter(err, true));
        int exit = new InternalFailureHandler().handleExecutionException(new IllegalStateException("boom"), commandLine, null);
        assertEquals(ExitCodes.INTERNAL, exit);
        String line = err.toString().strip();
        assertFalse(line.contains("\n"), line);
        assertTrue(line.contains("internal failure") && line.contains("this is a bug in the builder"), line);
        Path details = Path.of(line.substring(line.indexOf("Details: ") + "Details: ".length()));
        try {
            assertTrue(Files.readString(details).contains("java.lang.IllegalStateException: boom"));
        } finally {
            Files.deleteIfExists(details);
        }
    }

    @Test
    void aFailedBuildPrintsItsProblemsBeforeTheVerdict() throws IOException {
        Run run = run("build", project("xhtml-unclosed-tag-error").toString(), "-o", temp.resolve("x.epub").toString());
        assertArrayEquals(new String[] {
                "book/01-premier.xhtml:7:30: error [XHTML-001] Malformed XHTML: The element type \"em\" must be terminated by the "
                        + "matching end-tag \"</em>\". Fix the markup at this place (every tag closed, attribute values in quotes, "
                        + "a bare & written &amp;).",
                "ebook-builder: no EPUB written: 1 error. Fix it and build again."},
                run.err().strip().split("\\R"));
        assertEquals("", run.out());
    }
}
