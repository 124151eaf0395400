package fr.brochures.ebook.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The file of a folder whose name is closest to one that is not there, for "Did you mean …?": a chapter listed in
 * book.yaml, an image, a stylesheet. Close is a few letters apart ({@link MetadataKeys#closest}: {@code shema.svg} →
 * {@code schema.svg}), or a name cut short ({@code 01-intro.xhtml} → {@code 01-introduction.xhtml}), which is how
 * people shorten the names they type.
 */
public final class ClosestFile {

    /** The shortest name, extension left out, taken for a name cut short: shorter ones begin too many names. */
    private static final int MIN_STEM = 5;

    private ClosestFile() {
    }

    /**
     * The name of the file directly in {@code folder} closest to {@code missing} among those {@code candidate} accepts,
     * when one is close enough to be what was meant; empty for a folder that is missing or cannot be read (the message
     * saying the file is missing stays true).
     */
    public static Optional<String> in(Path folder, String missing, Predicate<String> candidate) {
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).filter(candidate).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return among(missing, names);
    }

    /** The name of {@code names} closest to {@code missing}, as {@link #in} chooses it. */
    public static Optional<String> among(String missing, List<String> names) {
        Optional<String> typo = MetadataKeys.closest(missing, names);
        if (typo.isPresent()) {
            return typo;
        }
        String stem = stem(missing);
        if (stem.length() < MIN_STEM) {
            return Optional.empty();
        }
        // the same extension first (a chapter may be .xhtml or .md), then the shortest, the least cut
        return names.stream()
                .filter(name -> stem(name).startsWith(stem))
                .min(Comparator.comparing((String name) -> !extension(name).equals(extension(missing)))
                        .thenComparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
    }
}
