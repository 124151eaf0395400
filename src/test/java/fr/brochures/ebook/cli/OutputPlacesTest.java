package fr.brochures.ebook.cli;

import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -o} and {@code --site} may never lead onto the book's sources (book/, styles/, covers/ and every file in them),
 * whether written plainly, through {@code ..} or through a symbolic link, nor may the Kobo edition or a checksum file
 * that goes beside the EPUB: such a build is refused as a usage error before anything is read or written.
 */
class OutputPlacesTest {

    @TempDir
    Path temp;

    private Path project;
    private Map<String, String> before;

    @BeforeEach
    void copyTheProject() throws IOException {
        project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), temp.resolve("project"));
        before = FixtureBook.hashes(project);
    }

    /** Runs {@code build PROJECT args…}, checks it was refused naming {@code option} and {@code shown}, and that nothing changed. */
    private void assertRefused(String option, String shown, String... args) throws IOException {
        String[] all = new String[args.length + 2];
        all[0] = "build";
        all[1] = project.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        BuildCommandTest.Run run = BuildCommandTest.run(all);
        assertEquals(ExitCodes.USAGE, run.exit(), run.err() + run.out());
        String line = run.err().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        assertTrue(line.startsWith("ebook-builder: " + option + " " + shown + " "), line);
        run.assertNoStackTrace();
        assertEquals("", run.out(), "nothing built, nothing summed up");
        assertEquals(before, FixtureBook.hashes(project), "every source byte for byte as it was, and nothing added");
    }

    @ParameterizedTest(name = "-o {0}")
    @ValueSource(strings = {"book/01-premier.xhtml", "book/book.yaml", "book/images/schema.svg", "styles/book.css",
            "covers/cover.jpg", "book/new.epub", "book/images/new.epub", "styles/new.epub", "covers/new/book.epub",
            "target/../book/02-second.xhtml", "nowhere/../../project/book/01-premier.xhtml"})
    void anOutputOnOrInsideTheSourcesIsRefused(String inProject) throws IOException {
        String output = project.resolve(inProject).toString();
        assertRefused("-o", output, "-o", output);
    }

    @Test
    void theLongOptionIsRefusedAlike() throws IOException {
        String output = project.resolve("book/01-premier.xhtml").toString();
        assertRefused("-o", output, "--output", output);
    }

    @Test
    void anOutputReachingTheSourcesThroughALinkIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("link-to-book"), project.resolve("book"));
        assertRefused("-o", link.resolve("01-premier.xhtml").toString(), "-o", link.resolve("01-premier.xhtml").toString());
        assertRefused("-o", link.resolve("new.epub").toString(), "-o", link.resolve("new.epub").toString());
        Path fileLink = Files.createSymbolicLink(temp.resolve("chapter.epub"), project.resolve("book/02-second.xhtml"));
        assertRefused("-o", fileLink.toString(), "-o", fileLink.toString());
        Path dotDot = link.resolve("images").resolve("..").resolve("book.yaml");
        assertRefused("-o", dotDot.toString(), "-o", dotDot.toString());
    }

    @Test
    void aSourceThatIsALinkToAFileElsewhereIsProtectedWhereItReallyIs() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("photos")).resolve("the-cover.jpg");
        Files.move(project.resolve("covers/cover.jpg"), outside);
        Files.createSymbolicLink(project.resolve("covers/cover.jpg"), outside);
        before = FixtureBook.hashes(project);
        byte[] cover = Files.readAllBytes(outside);
        assertRefused("-o", outside.toString(), "-o", outside.toString());
        assertArrayEquals(cover, Files.readAllBytes(outside), "the real cover is untouched");
    }

    @Test
    void anOutputWhoseKoboEditionOrChecksumWouldLandOnASourceIsRefused() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.createSymbolicLink(out.resolve("book.kepub.epub"), project.resolve("book/01-premier.xhtml"));
        assertRefused("-o", out.resolve("book.epub").toString(), "-o", out.resolve("book.epub").toString());
        Files.createSymbolicLink(out.resolve("other.epub.sha256"), project.resolve("book/book.yaml"));
        assertRefused("-o", out.resolve("other.epub").toString(), "-o", out.resolve("other.epub").toString());
        Files.createSymbolicLink(out.resolve("third.kepub.epub.sha256"), project.resolve("styles/book.css"));
        assertRefused("-o", out.resolve("third.epub").toString(), "-o", out.resolve("third.epub").toString());
        assertFalse(Files.exists(out.resolve("book.epub")) || Files.exists(out.resolve("other.epub"))
                || Files.exists(out.resolve("third.epub")), "no EPUB written");
    }

    @ParameterizedTest(name = "--site {0}")
    @ValueSource(strings = {"book", "book/site", "styles/site", "covers", "covers/../book/images/web",
            "book/01-premier.xhtml"})
    void aSiteOnOrInsideTheSourcesIsRefused(String inProject) throws IOException {
        String site = project.resolve(inProject).toString();
        assertRefused("--site", site, "-o", temp.resolve("book.epub").toString(), "--site", site);
        assertFalse(Files.exists(temp.resolve("book.epub")), "no EPUB written");
    }

    @Test
    void aSiteReachingTheSourcesThroughALinkIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("link-to-styles"), project.resolve("styles"));
        assertRefused("--site", link.resolve("site").toString(), "--site", link.resolve("site").toString());
    }

    @Test
    void anOutputBesideTheSourcesStillWorks() throws IOException {
        String inside = project.resolve("book/book.epub").toString();
        assertRefused("-o", inside, "-o", inside);
        Path epub = project.resolve("book.epub"); // the project's root, next to book/: not a source
        BuildCommandTest.Run run = BuildCommandTest.run("build", project.toString(), "-o", epub.toString(),
                "--site", project.resolve("site").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(Files.isRegularFile(epub) && Files.isRegularFile(project.resolve("book.kepub.epub")));
        assertTrue(Files.isRegularFile(project.resolve("site/index.html")));
        Map<String, String> sources = FixtureBook.hashes(project);
        sources.keySet().removeIf(name -> !name.startsWith("book/") && !name.startsWith("styles/") && !name.startsWith("covers/"));
        assertEquals(before, sources);
    }
}
