package fr.brochures.ebook.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the watcher reports: changes of the sources, in folders old and new, and not editors' files nor target/. */
class ProjectWatcherTest {

    /** Long enough for a loaded machine to deliver an event; a change not seen in it is taken as not reported. */
    private static final long WAIT_SECONDS = 5;
    private static final long SILENCE_MILLIS = 700;

    @TempDir
    Path project;
    private final Semaphore changes = new Semaphore(0);
    private ProjectWatcher watcher;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(project.resolve("book").resolve("images"));
        Files.createDirectories(project.resolve("styles"));
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("book").resolve("book.yaml"), "title: T\n");
        watcher = ProjectWatcher.start(project, changes::release);
    }

    @AfterEach
    void stop() throws IOException {
        watcher.close();
    }

    private boolean changed() throws InterruptedException {
        boolean seen = changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        Thread.sleep(100);
        changes.drainPermits();
        return seen;
    }

    private boolean silent() throws InterruptedException {
        return !changes.tryAcquire(SILENCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Test
    void savingAChapterMetadataStyleOrImage() throws Exception {
        Files.writeString(project.resolve("book").resolve("01-a.xhtml"), "<p>new</p>");
        assertTrue(changed(), "a chapter");
        Files.writeString(project.resolve("book").resolve("book.yaml"), "title: U\n");
        assertTrue(changed(), "book.yaml");
        Files.writeString(project.resolve("styles").resolve("book.css"), "p { margin: 0 }");
        assertTrue(changed(), "a stylesheet");
        Files.write(project.resolve("book").resolve("images").resolve("map.svg"), new byte[] {1});
        assertTrue(changed(), "an image, in a folder of book/");
    }

    @Test
    void anEditorsSaveByRenameIsSeen() throws Exception {
        Path chapter = project.resolve("book").resolve("01-a.xhtml");
        Files.writeString(chapter, "<p>one</p>");
        assertTrue(changed());
        Path temp = project.resolve("book").resolve(".01-a.xhtml.tmp");
        Files.writeString(temp, "<p>two</p>");
        Files.move(temp, chapter, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertTrue(changed(), "the chapter replaced by a renamed temporary file");
    }

    @Test
    void foldersMadeLaterAreWatched() throws Exception {
        Path deeper = project.resolve("book").resolve("images").resolve("2022").resolve("janvier");
        Files.createDirectories(deeper);
        assertTrue(changed(), "a new folder in book/");
        Thread.sleep(200);
        Files.write(deeper.resolve("photo.jpg"), new byte[] {1});
        assertTrue(changed(), "a file in a folder made after the preview started");
        Files.createDirectories(project.resolve("covers"));
        assertTrue(changed(), "covers/ made after the preview started");
        Thread.sleep(200);
        Files.write(project.resolve("covers").resolve("cover.jpg"), new byte[] {1});
        assertTrue(changed(), "a file in covers/");
    }

    @Test
    void editorsFilesAndOtherFoldersAreNotTheBook() throws Exception {
        Files.writeString(project.resolve("book").resolve(".01-a.xhtml.swp"), "swap");
        Files.writeString(project.resolve("book").resolve("01-a.xhtml~"), "backup");
        Files.writeString(project.resolve("book").resolve("#01-a.xhtml#"), "autosave");
        Files.writeString(project.resolve("book").resolve("4913"), "");
        Files.writeString(project.resolve("target").resolve("kazakhstan.epub"), "a build");
        Files.writeString(project.resolve("notes.txt"), "the editors' notes");
        assertTrue(silent(), "no change reported");
    }

    @Test
    void namesOfTheBook() {
        assertTrue(ProjectWatcher.isBookFile("01-introduction.xhtml"));
        assertTrue(ProjectWatcher.isBookFile("book.yaml"));
        assertTrue(ProjectWatcher.isBookFile("carte-kazakhstan.svg"));
        assertFalse(ProjectWatcher.isBookFile(".01-introduction.xhtml.swp"));
        assertFalse(ProjectWatcher.isBookFile(".#01-introduction.xhtml"));
        assertFalse(ProjectWatcher.isBookFile("01-introduction.xhtml~"));
        assertFalse(ProjectWatcher.isBookFile("#01-introduction.xhtml#"));
        assertFalse(ProjectWatcher.isBookFile("4913"));
        assertFalse(ProjectWatcher.isBookFile("book.yaml.swp"));
    }
}
