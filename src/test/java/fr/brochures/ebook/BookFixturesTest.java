package fr.brochures.ebook;

import fr.brochures.ebook.check.EpubValidator;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import io.documentnode.epub4j.epub.EpubReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds every example book under src/test/resources/books/. A book without {@code expect.properties}, or whose
 * expectations say {@code exit=0}, must build to an EPUB that EPUBCheck accepts; one with {@code codes=…} must fail with
 * those message codes, name {@code file} in a message, and write nothing. Add a folder to add a case: no code needed.
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
        Path project = TestBooks.book(name);
        Properties expect = expectations(project);
        Path epub = out.resolve(name + ".epub");
        BuildResult result = TestBooks.build(project, epub);
        List<String> codes = codes(expect);
        if (codes.isEmpty()) {
            assertTrue(result.written(), () -> name + ": " + result.report().problems());
            assertBuiltBookIsValid(epub, expect);
        } else {
            assertFalse(result.written(), name + " must not build");
            assertFalse(Files.exists(epub), "no EPUB is written for a book with errors");
            List<String> found = result.report().problems().stream().filter(p -> p.severity() == Severity.ERROR)
                    .map(p -> p.id().code()).toList();
            for (String code : codes) {
                assertTrue(found.contains(code), name + ": expected " + code + " in " + result.report().problems());
            }
            String file = expect.getProperty("file");
            if (file != null) {
                assertTrue(result.report().problems().stream().map(Problem::format).anyMatch(m -> m.contains(file)),
                        name + ": no message names " + file + ": " + result.report().problems());
            }
        }
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

    private static Properties expectations(Path project) throws IOException {
        Properties properties = new Properties();
        Path file = project.resolve("expect.properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static List<String> codes(Properties expect) {
        String codes = expect.getProperty("codes", "").strip();
        return codes.isEmpty() ? List.of() : Arrays.stream(codes.split("\\s*,\\s*")).toList();
    }
}
