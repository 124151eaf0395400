package fr.brochures.ebook.project;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a project's sources really are on disk: the folders {@code book/}, {@code styles/} and {@code covers/}, every
 * folder and file in them, each at its real path (a symbolic link counted where it leads). A build's outputs are
 * compared with it before anything is read or written, so that no option, {@code ..} or link makes a build write over
 * what it is built from.
 */
public final class SourceTree {

    /** The project's folders a build reads, and never writes into. */
    public static final List<String> FOLDERS = List.of("book", "styles", "covers");

    /** Real path → the path shown for it, relative to the project (folders end in /). */
    private final Map<Path, String> folders = new LinkedHashMap<>();
    private final Map<Path, String> files = new LinkedHashMap<>();

    private SourceTree() {
    }

    /** The sources of the project at {@code projectDir}, as found on disk now (a missing folder holds none). */
    public static SourceTree of(Path projectDir) {
        SourceTree tree = new SourceTree();
        for (String folder : FOLDERS) {
            Path dir = projectDir.resolve(folder);
            if (Files.exists(dir)) {
                tree.collect(projectDir, dir);
            }
        }
        return tree;
    }

    /**
     * The source {@code path} would write over or into, as shown to the user ({@code book/01-introduction.xhtml}, or
     * {@code book/} for a new file inside it), or empty when it lands outside the sources.
     */
    public Optional<String> hit(Path path) {
        Path real = realPath(path);
        String file = files.get(real);
        if (file != null) {
            return Optional.of(file);
        }
        // the deepest folder that holds it names it best: book/images/ rather than book/
        return folders.entrySet().stream().filter(folder -> real.startsWith(folder.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().getNameCount(), b.getKey().getNameCount()))
                .map(Map.Entry::getValue);
    }

    /**
     * Where {@code path} really is: the real path of its longest existing part (links and {@code ..} resolved by the
     * system, as a write would resolve them), followed by the parts that do not exist yet, normalised.
     */
    static Path realPath(Path path) {
        Path existing = path.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        while (existing.getParent() != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException | SecurityException e) {
            real = existing.normalize(); // what cannot be resolved is compared as written
        }
        for (Path name : missing) {
            real = real.resolve(name);
        }
        return real.normalize();
    }

    /** Every folder and file under {@code dir}, following links (a loop of links is walked once). */
    private void collect(Path projectDir, Path dir) {
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    folders.putIfAbsent(realPath(folder), ProjectPaths.display(projectDir, folder) + "/");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.putIfAbsent(realPath(file), ProjectPaths.display(projectDir, file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // an unreadable folder or a loop of links: what is in it cannot be known, its own place still counts
                    (Files.isDirectory(file) ? folders : files).putIfAbsent(realPath(file),
                            ProjectPaths.display(projectDir, file) + (Files.isDirectory(file) ? "/" : ""));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            folders.putIfAbsent(realPath(dir), ProjectPaths.display(projectDir, dir) + "/");
        }
    }
}
