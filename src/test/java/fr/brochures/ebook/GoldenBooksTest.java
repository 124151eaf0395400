package fr.brochures.ebook;

import fr.brochures.ebook.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The golden books: every folder under {@code src/test/resources/books/} that holds an {@code expected/} folder is built
 * with the command line ({@code build PROJECT}, defaults only), and everything it writes must be what {@code expected/}
 * holds, file by file: the EPUB and the Kobo edition unzipped (with their entries' order and methods), the download site
 * and the build's messages (see {@link GoldenOutput}). On a difference the test shows a unified diff of the first file
 * that differs.
 *
 * <p>A change of output on purpose is recorded with {@code mvn test -Dtest=GoldenBooksTest -Dgolden.update=true}, which
 * rewrites {@code expected/} from what was built, so that the change is reviewed as a diff in the commit. A new case is a
 * new folder with a book project and an empty {@code expected/} folder, filled the same way: no code.
 */
class GoldenBooksTest {

    /** The switch that rewrites the expected output instead of comparing with it. */
    static final String UPDATE = "golden.update";

    @TempDir
    Path work;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestBooks.book(""))) {
            return dirs.filter(dir -> Files.isDirectory(dir.resolve(FixtureBook.EXPECTED)))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsExactlyTheExpectedFiles(String name) throws IOException {
        assertNull(System.getenv("SOURCE_DATE_EPOCH"),
                "SOURCE_DATE_EPOCH is set: the golden books are built with the dates of their book.yaml; unset it to run them");
        Path caseDir = TestBooks.book(name);
        Path project = FixtureBook.materialize(caseDir, work.resolve(name));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "build", project.toString());
        assertEquals(0, exit, () -> name + " did not build:\n" + err + out);

        Path actual = work.resolve("actual");
        GoldenOutput.collect(project.resolve("target"), err.toString(), actual);
        Path expected = caseDir.resolve(FixtureBook.EXPECTED);
        if (Boolean.getBoolean(UPDATE)) {
            GoldenOutput.replace(expected, actual);
            return;
        }
        GoldenOutput.firstDifference(expected, actual).ifPresent(difference -> fail(name + ": the output is not the golden one ("
                + "if the change is intended, run mvn test -Dtest=GoldenBooksTest -D" + UPDATE + "=true and review the diff)\n" + difference));
    }
}
