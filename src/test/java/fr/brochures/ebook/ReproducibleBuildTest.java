package fr.brochures.ebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same sources give the same bytes: whatever the day, the files' own times, or the folder they are built from. */
class ReproducibleBuildTest {

    @TempDir
    Path temp;

    private static BuildResult build(Path project, Path epub, Long sourceDateEpoch) {
        BuildResult result = new BookBuilder().build(new BuildOptions(project, epub, false, BuildOptions.DEFAULT_MAX_IMAGE_EDGE,
                sourceDateEpoch));
        assertTrue(result.written(), () -> result.report().problems().toString());
        return result;
    }

    @Test
    void twoBuildsGiveTheSameBytesAndChecksum() throws IOException {
        Path first = FixtureBook.materialize(TestBooks.book("notes-and-figure"), temp.resolve("first"));
        Path second = FixtureBook.materialize(TestBooks.book("notes-and-figure"), temp.resolve("second"));
        // the second copy's files carry another time: the build must use neither them nor the clock
        try (Stream<Path> files = Files.walk(second)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2031-07-14T12:34:56Z")));
            }
        }
        Path a = temp.resolve("a").resolve("book.epub");
        Path b = temp.resolve("b").resolve("book.epub");
        BuildResult resultA = build(first, a, null);
        BuildResult resultB = build(second, b, null);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(resultA.sha256(), resultB.sha256());
        assertEquals(Files.readString(a.resolveSibling("book.epub.sha256")), Files.readString(b.resolveSibling("book.epub.sha256")));
        assertArrayEquals(Files.readAllBytes(fr.brochures.ebook.kobo.KoboRenderer.kepubPath(a)), Files.readAllBytes(fr.brochures.ebook.kobo.KoboRenderer.kepubPath(b)));
    }

    @Test
    void withoutSourceDateEpochTimesComeFromTheBookNotTheClock() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), temp.resolve("project"));
        Path epub = temp.resolve("book.epub");
        build(project, epub, null);
        // book.yaml says date: 2022-02-15 and no modified
        assertTimes(epub, LocalDateTime.of(2022, 2, 15, 0, 0), "2022-02-15T00:00:00Z");
    }

    @Test
    void sourceDateEpochSetsEntryTimesAndModified() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), temp.resolve("project"));
        Path epub = temp.resolve("book.epub");
        long epoch = 1_700_000_000L; // 2023-11-14T22:13:20Z, an even second as zip times need
        build(project, epub, epoch);
        assertTimes(epub, LocalDateTime.ofEpochSecond(epoch, 0, ZoneOffset.UTC), "2023-11-14T22:13:20Z");
    }

    private static void assertTimes(Path epub, LocalDateTime entries, String modified) throws IOException {
        try (EpubFile file = new EpubFile(epub)) {
            for (ZipEntry entry : file.entries()) {
                assertEquals(entries, entry.getTimeLocal(), entry.getName());
            }
            assertEquals(modified, file.xml("OEBPS/content.opf").selectFirst("meta[property=dcterms:modified]").text());
        }
    }
}
