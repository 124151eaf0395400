package fr.brochures.ebook;

import fr.brochures.ebook.write.Checksums;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Copies an example book to a temporary folder, over its {@code base=} book when it names one, and reads its expectations.
 * {@code repository=book, styles, covers} copies those folders of the repository itself (the brochure) first. A golden
 * book's {@code expected/} folder is not part of the project and is never copied.
 */
public final class FixtureBook {

    private FixtureBook() {
    }

    /** The case's expectations ({@code expect.properties}), empty when it has none. */
    public static Properties expectations(Path caseDir) throws IOException {
        Properties properties = new Properties();
        Path file = caseDir.resolve("expect.properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /** A comma-separated property as a list (empty when absent). */
    public static List<String> list(Properties expect, String key) {
        String value = expect.getProperty(key, "").strip();
        return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\s*,\\s*")).toList();
    }

    /** Copies the case (over its base, if any) into {@code target} and returns the project folder to build. */
    public static Path materialize(Path caseDir, Path target) throws IOException {
        Properties expect = expectations(caseDir);
        for (String folder : list(expect, "repository")) {
            copyTree(TestBooks.brochure().resolve(folder), target.resolve(folder));
        }
        String base = expect.getProperty("base");
        if (base != null) {
            copyTree(TestBooks.book(base.strip()), target);
        }
        copyTree(caseDir, target);
        Files.deleteIfExists(target.resolve("expect.properties"));
        for (String deleted : list(expect, "delete")) {
            Files.deleteIfExists(target.resolve(deleted));
        }
        return target;
    }

    /** The SHA-256 of every file under {@code root}, by path relative to it: to tell that nothing changed. */
    public static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString(), Checksums.sha256(file));
            }
        }
        return hashes;
    }

    /** The folder of a golden book that holds its expected output, not part of the project. */
    public static final String EXPECTED = "expected";

    /** Copies every file of {@code from} (but a top-level {@code expected/}) into {@code to}, replacing files of the same name. */
    public static void copyTree(Path from, Path to) throws IOException {
        Path expected = from.resolve(EXPECTED);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.filter(p -> !p.startsWith(expected)).sorted().toList()) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
