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

/**
 * A file the build cannot write is an OUT-001 problem naming it, never an exception, whichever file it is; and the outputs
 * are written together: when one cannot be, none is.
 */
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

    private void assertOutputProblem(BuildResult result, String file) throws IOException {
        assertFalse(result.written());
        var problems = result.report().problems().stream().filter(p -> p.id() == MessageId.OUT_001).toList();
        assertEquals(1, problems.size(), () -> result.report().problems().toString());
        assertTrue(String.valueOf(problems.get(0).args()[0]).endsWith(file), () -> problems.get(0).toString());
        for (String output : new String[] {"book.epub", "book.epub.sha256", "book.kepub.epub", "book.kepub.epub.sha256"}) {
            assertTrue(output.equals(file) || !Files.exists(dir.resolve(output)), output + " was written though " + file + " could not be");
        }
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void theEpubItself() throws IOException {
        assertOutputProblem(buildWithBlocked("book.epub"), "book.epub");
    }

    @Test
    void theEpubChecksum() throws IOException {
        assertOutputProblem(buildWithBlocked("book.epub.sha256"), "book.epub.sha256");
    }

    @Test
    void theKoboEdition() throws IOException {
        assertOutputProblem(buildWithBlocked("book.kepub.epub"), "book.kepub.epub");
    }

    @Test
    void theKoboEditionChecksum() throws IOException {
        assertOutputProblem(buildWithBlocked("book.kepub.epub.sha256"), "book.kepub.epub.sha256");
    }
}
