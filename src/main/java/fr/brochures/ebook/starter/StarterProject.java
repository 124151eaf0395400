package fr.brochures.ebook.starter;

import fr.brochures.ebook.pages.Models;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.project.DefaultStylesheet;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.typography.TypographyRules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a new book project that builds at once: {@code book/book.yaml} with every key present and explained, two short
 * chapters (one Markdown, one XHTML) showing a note, a translators' note, a figure and a passage in another language,
 * the figure, the builder's default stylesheet copied into {@code styles/} for editing, and a placeholder cover. The
 * files are written into a temporary folder beside the target first and moved in once all are complete, so a failure
 * leaves nothing half-written; a folder that already holds anything is refused, so nothing is ever overwritten.
 */
public final class StarterProject {

    private final PageRenderer pages;

    public StarterProject(PageRenderer pages) {
        this.pages = pages;
    }

    /** Why {@code dir} cannot receive a new project (it is a file, or a folder that is not empty), or empty when it can. */
    public static Optional<String> refusal(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return Optional.of(dir + " is a file, not a folder");
        }
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                if (entries.iterator().hasNext()) {
                    return Optional.of(dir + " is not empty: init writes a new book only into a new or empty folder, "
                            + "so that nothing there is overwritten");
                }
            } catch (IOException e) {
                return Optional.of(dir + " cannot be read (" + e.getMessage() + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the project for {@code book} into {@code dir} (new or empty: see {@link #refusal}), dated {@code today};
     * returns the files written, relative to {@code dir}, in the order a reader of the project would open them.
     */
    public List<String> write(Path dir, StarterBook book, LocalDate today) throws IOException {
        Map<String, byte[]> files = files(book, today);
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".init-");
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            putInPlace(staging, target);
        } finally {
            deleteTree(staging);
        }
        return List.copyOf(files.keySet());
    }

    /** The project's files, relative path → content. */
    private Map<String, byte[]> files(StarterBook book, LocalDate today) {
        StarterText text = StarterText.forLanguage(book.language());
        String title = book.title() != null ? book.title() : text.placeholderTitle();
        String author = book.author() != null ? book.author() : text.placeholderAuthor();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ProjectLoader.METADATA_FILE, pages.renderBytes("starter/" + text.language() + ".book.yaml.vm", Models
                .with("titleYaml", YamlScalars.quoted(title))
                .and("languageYaml", YamlScalars.quoted(book.language()))
                .and("identifierYaml", YamlScalars.quoted("urn:uuid:" + UUID.randomUUID()))
                .and("dateYaml", today.toString())
                .and("authorYaml", YamlScalars.quoted(author))
                .and("chapters", text.chapters()).map()));
        for (String chapter : text.chapters()) {
            files.put("book/" + chapter, text.file(chapter));
        }
        files.put("book/" + text.figure(), text.file(text.figure()));
        files.put("styles/" + DefaultStylesheet.NAME, DefaultStylesheet.bytes());
        // the cover is set as the book is: curly apostrophes, French spaces before : ; ! ? and inside « »
        TypographyRules typography = TypographyRules.forLanguage(book.language());
        files.put(ProjectLoader.COVER_FILE, PlaceholderCover.jpeg(typography.apply(title), text.coverBy(), typography.apply(author)));
        files.put(".gitignore", "# what ebook-builder writes: the EPUB, the Kobo edition and the download site\ntarget/\n"
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Renames the staging folder to the target, or, when the target is an existing empty folder, moves its entries in. */
    private static void putInPlace(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        try (Stream<Path> entries = Files.list(staging)) {
            for (Path entry : entries.toList()) {
                move(entry, target.resolve(entry.getFileName().toString()));
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
