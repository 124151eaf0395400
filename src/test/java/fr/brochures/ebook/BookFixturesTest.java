package fr.brochures.ebook;

import fr.brochures.ebook.epubcheck.EpubValidator;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import io.documentnode.epub4j.epub.EpubReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds every example book under src/test/resources/books/ (from a copy, see {@link FixtureBook}). A book whose
 * {@code expect.properties} gives no {@code codes} must build to an EPUB that EPUBCheck accepts; one with
 * {@code codes=…} must fail with those error codes and write nothing. Optional: {@code warnings=…} codes of warnings that
 * must be reported, {@code file=…} a place some message must name, {@code messages=a | b} texts that messages must hold,
 * {@code text=…} a text that must come out unchanged. Add a folder to add a case: no code needed.
 */
class BookFixturesTest {

    @TempDir
    Path out;

    static Stream<String> books() throws IOException {
        try (Stream<Path> dirs = Files.list(TestBooks.book(""))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("books")
    void buildsAsExpected(String name) throws Exception {
        Path caseDir = TestBooks.book(name);
        Properties expect = FixtureBook.expectations(caseDir);
        Path project = FixtureBook.materialize(caseDir, out.resolve("project"));
        Path epub = out.resolve("out").resolve(name + ".epub");
        BuildResult result = TestBooks.build(project, epub);
        List<String> codes = FixtureBook.list(expect, "codes");
        List<String> messages = result.report().problems().stream().map(Problem::format).toList();
        if (codes.isEmpty()) {
            assertTrue(result.written(), () -> name + ": " + messages);
            assertBuiltBookIsValid(epub, expect);
        } else {
            assertFalse(result.written(), name + " must not build");
            assertFalse(Files.exists(epub.getParent()), "nothing is written for a book with errors");
            List<String> found = result.report().problems().stream().filter(p -> p.severity() == Severity.ERROR)
                    .map(p -> p.id().code()).toList();
            for (String code : codes) {
                assertTrue(found.contains(code), name + ": expected error " + code + " in " + messages);
            }
        }
        List<String> warnings = result.report().problems().stream().filter(p -> p.severity() == Severity.WARNING)
                .map(p -> p.id().code()).toList();
        for (String code : FixtureBook.list(expect, "warnings")) {
            assertTrue(warnings.contains(code), name + ": expected warning " + code + " in " + messages);
        }
        String file = expect.getProperty("file");
        if (file != null) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(file)), name + ": no message names " + file + ": " + messages);
        }
        for (String text : Arrays.stream(expect.getProperty("messages", "").split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(text)), name + ": no message says «" + text + "»: " + messages);
        }
        assertFalse(messages.stream().anyMatch(m -> m.contains("Exception") || m.contains("\tat ")),
                name + ": a message shows a Java exception: " + messages);
    }

    private static void assertBuiltBookIsValid(Path epub, Properties expect) throws IOException {
        EpubValidator.ValidationResult validation = new EpubValidator().validate(epub);
        assertTrue(validation.clean(), () -> String.join("\n", validation.findings()));
        try (InputStream in = Files.newInputStream(epub)) {
            assertFalse(new EpubReader().readEpub(in).getSpine().isEmpty());
        }
        String text = expect.getProperty("text");
        if (text != null) {
            try (EpubFile file = new EpubFile(epub)) {
                boolean found = file.names().stream().filter(n -> n.endsWith(".xhtml"))
                        .anyMatch(n -> file.xml(n).text().contains(text));
                assertTrue(found, "expected text unchanged: " + text);
            }
        }
    }
}
