package fr.brochures.ebook;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A build's output laid out as files to compare with a golden book's {@code expected/} folder:
 * <pre>
 * epub/…            the EPUB's entries, unzipped
 * epub.entries      its entries in zip order, each with its method (stored or deflated)
 * kepub/…           the same for the Kobo edition
 * kepub.entries
 * site/…            the download site, but the copies of the two books (their .sha256 files pin their bytes)
 * report.txt        the build's messages (warnings, notes)
 * </pre>
 */
final class GoldenOutput {

    /** Files compared as text, with a unified diff when they differ; any other file is compared byte for byte. */
    private static final List<String> TEXT = List.of(".xhtml", ".html", ".opf", ".ncx", ".xml", ".css", ".js", ".svg", ".txt",
            ".entries", ".sha256", "mimetype");
    /** Lines of diff shown at most: the first lines tell what changed. */
    private static final int DIFF_LINES = 60;

    private GoldenOutput() {
    }

    /** Lays out what a build wrote in {@code target} (the project's target/ folder), and its messages, into {@code into}. */
    static void collect(Path target, String messages, Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> files = Files.list(target)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".kepub.epub")) {
                    unzip(file, into.resolve("kepub"), into.resolve("kepub.entries"));
                } else if (name.endsWith(".epub")) {
                    unzip(file, into.resolve("epub"), into.resolve("epub.entries"));
                }
            }
        }
        Path site = target.resolve("site");
        if (Files.isDirectory(site)) {
            FixtureBook.copyTree(site, into.resolve("site"));
            try (Stream<Path> books = Files.list(into.resolve("site"))) {
                for (Path book : books.filter(p -> p.getFileName().toString().endsWith(".epub")).toList()) {
                    Files.delete(book);
                }
            }
        }
        Files.writeString(into.resolve("report.txt"), messages.replace("\r\n", "\n"), StandardCharsets.UTF_8);
    }

    private static void unzip(Path zipFile, Path into, Path listing) throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName() + " " + (entry.getMethod() == ZipEntry.STORED ? "stored" : "deflated"));
                Path file = into.resolve(entry.getName()).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException(zipFile + ": entry outside the archive's folder: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, zip.readAllBytes());
            }
        }
        Files.write(listing, entries, StandardCharsets.UTF_8);
    }

    /** Makes {@code expected} hold exactly what {@code actual} holds. */
    static void replace(Path expected, Path actual) throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> files = Files.walk(expected)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(expected);
        FixtureBook.copyTree(actual, expected);
    }

    /** The first difference between the two folders, in file name order, as a message with a diff; empty when they are the same. */
    static Optional<String> firstDifference(Path expected, Path actual) throws IOException {
        TreeSet<String> names = new TreeSet<>(relativeFiles(expected));
        names.addAll(relativeFiles(actual));
        for (String name : names) {
            Path before = expected.resolve(name);
            Path after = actual.resolve(name);
            if (!Files.exists(after)) {
                return Optional.of(name + " was expected and is not written any more");
            }
            if (!Files.exists(before)) {
                return Optional.of(name + " is written and not expected:\n" + head(after));
            }
            byte[] old = Files.readAllBytes(before);
            byte[] now = Files.readAllBytes(after);
            if (!Arrays.equals(old, now)) {
                return Optional.of(isText(name) ? unifiedDiff(name, old, now)
                        : name + " differs (binary, " + old.length + " bytes expected, " + now.length + " written)");
            }
        }
        return Optional.empty();
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
        }
    }

    private static boolean isText(String name) {
        return TEXT.stream().anyMatch(name::endsWith);
    }

    private static String unifiedDiff(String name, byte[] old, byte[] now) {
        List<String> before = lines(old);
        List<String> after = lines(now);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("expected/" + name, "actual/" + name, before,
                DiffUtils.diff(before, after), 2);
        if (diff.isEmpty()) {
            return name + " differs only in its line endings or final line break";
        }
        String shown = String.join("\n", diff.subList(0, Math.min(DIFF_LINES, diff.size())));
        return diff.size() > DIFF_LINES ? shown + "\n… (" + (diff.size() - DIFF_LINES) + " more lines of diff)" : shown;
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    private static String head(Path file) throws IOException {
        if (!isText(file.getFileName().toString())) {
            return "(binary, " + Files.size(file) + " bytes)";
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(2000), StandardCharsets.UTF_8);
        }
    }
}
