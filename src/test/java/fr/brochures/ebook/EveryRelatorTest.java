package fr.brochures.ebook;

import fr.brochures.ebook.cli.Main;
import fr.brochures.ebook.labels.Labels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every MARC relator code has words in every language the builder speaks: a book crediting one person for each code of
 * the Library of Congress list builds without a problem about roles, and no label key ({@code Role.tyd}) shows in any
 * file the build writes (the EPUB, the Kobo edition, the download page).
 */
class EveryRelatorTest {

    private static final Pattern RAW_KEY = Pattern.compile("[Rr]ole\\.[a-z]{3}");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "language: {0}")
    @ValueSource(strings = {"fr", "en"})
    void aBookUsingEveryMarcCodeShowsAWordForEach(String language) throws IOException {
        List<String> codes = Labels.roleKeys().stream().map(key -> key.substring(Labels.ROLE.length())).sorted().toList();
        assertTrue(codes.size() >= 290, "the whole list: " + codes.size());
        Path project = FixtureBook.materialize(TestBooks.book("golden-minimal"), dir.resolve("project"));
        Path yaml = project.resolve("book/book.yaml");
        StringBuilder creators = new StringBuilder("creators:\n");
        codes.forEach(code -> creators.append("  - name: Person ").append(code).append("\n    roles: [").append(code).append("]\n"));
        String text = Files.readString(yaml).replace("language: fr", "language: " + language)
                .replaceAll("(?s)creators:\\n.*?(?=chapters:)", creators.toString());
        Files.writeString(yaml, text);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), "build", project.toString()), err::toString);
        assertFalse((out + err.toString()).contains("META-006"), "every code is known: " + out + err);
        Path unzipped = dir.resolve("unzipped");
        GoldenOutput.collect(project.resolve("target"), "", unzipped);
        int files = 0;
        try (Stream<Path> all = Files.walk(unzipped)) {
            for (Path file : all.filter(f -> f.toString().matches(".*\\.(xhtml|html|opf|ncx)")).toList()) {
                Matcher key = RAW_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                assertFalse(key.find(), () -> unzipped.relativize(file) + " shows the key " + key.group());
                files++;
            }
        }
        assertTrue(files >= 12, "the EPUB, the Kobo edition and the site were searched: " + files);
        String colophon = Files.readString(unzipped.resolve("epub/OEBPS/colophon.xhtml"), StandardCharsets.UTF_8);
        for (String code : codes) {
            assertTrue(colophon.contains("Person " + code), "the colophon credits Person " + code);
        }
    }
}
