package fr.brochures.ebook;

import fr.brochures.ebook.report.MessageId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file the build cannot write is an OUT-001 problem naming it, never an exception, whichever file it is. */
class OutputFailureTest {

    @TempDir
    Path dir;

    private BuildResult buildWithBlocked(String blockedName) throws IOException {
        // a folder holding a file where the build wants to put a file: it can be neither replaced nor written
        Path blocked = dir.resolve(blockedName);
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("keep"), "x");
        return TestBooks.build(TestBooks.book("notes-and-figure"), dir.resolve("book.epub"));
    }

    private static void assertOutputProblem(BuildResult result, String file) {
        assertFalse(result.written());
        var problems = result.report().problems().stream().filter(p -> p.id() == MessageId.OUT_001).toList();
        assertEquals(1, problems.size(), () -> result.report().problems().toString());
        assertTrue(String.valueOf(problems.get(0).args()[0]).endsWith(file), () -> problems.get(0).toString());
    }

    @Test
    void theEpubItself() throws IOException {
        assertOutputProblem(buildWithBlocked("book.epub"), "book.epub");
    }

    @Test
    void theEpubChecksumWrittenWhileTheKoboEditionIsMade() throws IOException {
        BuildResult result = buildWithBlocked("book.epub.sha256");
        assertOutputProblem(result, "book.epub");
        assertTrue(Files.isRegularFile(dir.resolve("book.epub")), "the EPUB itself was written before its checksum failed");
    }

    @Test
    void theKoboEdition() throws IOException {
        assertOutputProblem(buildWithBlocked("book.kepub.epub"), "book.kepub.epub");
    }

    @Test
    void theKoboEditionChecksum() throws IOException {
        assertOutputProblem(buildWithBlocked("book.kepub.epub.sha256"), "book.kepub.epub");
    }
}
