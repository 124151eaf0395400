package fr.brochures.ebook;

import fr.brochures.ebook.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A disk that fills while the outputs are written: on a 300 KB tmpfs, a book is built once, then a changed book is built
 * when only the first of its files still fits. The build exits 1 with OUT-001 naming the file that could not be written
 * and saying that no output of this build was put in place; the previous EPUB, Kobo edition, their {@code .sha256} files
 * and the site are byte-identical, and the temporary file already written (the EPUB's) is removed with the one that
 * failed. It needs root on Linux to mount the tmpfs (as CI runs); elsewhere it is skipped, saying why.
 */
class DiskFullTest {

    private static final int PAGE = 4096;

    @TempDir
    Path temp;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name", "").toLowerCase().contains("linux"), "the disk-full test mounts a tmpfs: Linux only");
        assumeTrue("0".equals(command("id", "-u").strip()), "the disk-full test mounts a tmpfs: it needs root (CI runs as root)");
        disk = Files.createDirectories(temp.resolve("disk"));
        String mount = command("mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", disk.toString());
        mounted = mount != null && Files.getFileStore(disk).type().equals("tmpfs");
        assumeTrue(mounted, "mount -t tmpfs failed (" + mount + "): no small disk to fill, the disk-full test is skipped");
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (mounted && command("umount", disk.toString()) == null) {
            command("umount", "-l", disk.toString());
        }
    }

    /** Runs a command and returns what it printed, or null when it failed or could not be run. */
    private static String command(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void aDiskThatFillsReplacesNoPreviousOutputAndLeavesNoTemporaryFile() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), temp.resolve("project"));
        Path epub = disk.resolve("book.epub");
        String[] args = {"build", project.toString(), "-o", epub.toString(), "--site", disk.resolve("site").toString()};
        String[] first = run(args);
        assertEquals("0", first[0], first[2]);
        Map<String, String> previous = FixtureBook.hashes(disk);
        for (String output : List.of("book.epub", "book.epub.sha256", "book.kepub.epub", "book.kepub.epub.sha256", "site/index.html")) {
            assertTrue(previous.containsKey(output), output + " in " + previous.keySet());
        }

        // a changed book, so that every output changes: then room for its EPUB and the EPUB's .sha256 only
        Path chapter = project.resolve("book/01-premier.xhtml");
        Files.writeString(chapter, Files.readString(chapter).replace("</section>", "<p>Un paragraphe de plus.</p></section>"));
        long room = pages(Files.size(epub) + 2048) + PAGE;
        assertTrue(pages(Files.size(disk.resolve("book.kepub.epub"))) > 2 * PAGE, "the Kobo edition cannot fit in the room left");
        fill(disk.resolve("filler"), Files.getFileStore(disk).getUsableSpace() - room);

        String[] second = run(args);
        assertEquals("1", second[0], second[1] + second[2]);
        List<String> out001 = second[2].lines().filter(line -> line.contains("error [OUT-001]")).toList();
        assertEquals(1, out001.size(), second[2]);
        assertTrue(out001.get(0).contains("Could not write " + disk.resolve("book.kepub.epub")), out001.get(0));
        assertTrue(out001.get(0).contains("No output of this build was put in place; earlier ones are as they were."), out001.get(0));
        assertTrue(!second[1].contains("\tat ") && !second[2].contains("\tat ") && !second[2].contains("Exception"), second[2]);

        Map<String, String> after = FixtureBook.hashes(disk);
        after.remove("filler");
        assertEquals(previous, after, "the previous outputs are byte-identical, and nothing else was left");
        try (Stream<Path> files = Files.walk(disk)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "no temporary file is left");
        }
    }

    private static long pages(long bytes) {
        return (bytes + PAGE - 1) / PAGE * PAGE;
    }

    /** Writes {@code bytes} zero bytes to {@code file} (tmpfs allocates them). */
    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[PAGE];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= PAGE) {
                out.write(block, 0, (int) Math.min(PAGE, left));
            }
        }
    }
}
