package fr.brochures.ebook.preview;

import fr.brochures.ebook.project.SourceTree;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Watches the sources of a book project, {@code book/} (with {@code book.yaml}, the chapters and the images),
 * {@code styles/} and {@code covers/}, each with the folders in it, and says when something in them changed. A folder
 * made later is watched from then on, and so is one of the three made after the preview started (the project's own
 * folder is watched for them alone: {@code target/} and the rest never start a build). Editors' temporary, swap and
 * backup files are not the book's and are left out, so typing in an editor that saves its swap file now and then does
 * not rebuild.
 */
final class ProjectWatcher implements Closeable {

    /**
     * Names no build reads: hidden files (vim's {@code .name.swp}, emacs' {@code .#name}, the builder's own
     * {@code .name.tmp}), backups ({@code name~}), emacs' {@code #name#}, vim's write test {@code 4913}.
     */
    private static final Pattern NOT_THE_BOOK = Pattern.compile("\\..*|.*~|#.*#|4913|.*\\.(swp|swx|tmp)");

    private final Path projectDir;
    private final Runnable changed;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    private ProjectWatcher(Path projectDir, Runnable changed) throws IOException {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.changed = changed;
        this.service = FileSystems.getDefault().newWatchService();
        this.thread = Threads.daemon("ebook-preview-watcher").newThread(this::watch);
    }

    /** Starts watching the sources of {@code projectDir}; {@code changed} is called (on the watcher's thread) at each change. */
    static ProjectWatcher start(Path projectDir, Runnable changed) throws IOException {
        ProjectWatcher watcher = new ProjectWatcher(projectDir, changed);
        try {
            watcher.register(watcher.projectDir);
            for (String folder : SourceTree.FOLDERS) {
                watcher.registerTree(watcher.projectDir.resolve(folder));
            }
        } catch (IOException e) {
            watcher.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    /** Whether a file of this name can be part of the book (an editor's temporary file cannot). */
    static boolean isBookFile(String name) {
        return !NOT_THE_BOOK.matcher(name).matches();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder;
                synchronized (folders) {
                    folder = folders.get(key);
                }
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    relevant |= folder == null || handle(folder, event);
                }
                if (!key.reset()) {
                    synchronized (folders) {
                        folders.remove(key);
                    }
                }
                if (relevant) {
                    changed.run();
                }
            }
        } catch (ClosedWatchServiceException e) {
            // closed: the preview stops
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the event is a change of the book; a new folder among the sources is watched from now on. */
    private boolean handle(Path folder, WatchEvent<?> event) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            // events were lost: something changed, which is all a rebuild needs to know
            return true;
        }
        Path name = (Path) event.context();
        if (folder.equals(projectDir)) {
            if (!SourceTree.FOLDERS.contains(name.toString())) {
                return false;
            }
        } else if (!isBookFile(name.toString())) {
            return false;
        }
        Path path = folder.resolve(name);
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
            try {
                registerTree(path);
            } catch (IOException e) {
                // a folder gone as soon as made, or unreadable: the build that follows reports what it cannot read
            }
        }
        return true;
    }

    private void registerTree(Path top) throws IOException {
        if (!Files.isDirectory(top)) {
            return;
        }
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                register(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        synchronized (folders) {
            folders.put(key, dir);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
