package fr.brochures.ebook.images;

import fr.brochures.ebook.report.BuildReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageCacheTest {

    @TempDir
    Path dir;

    private List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".bin")).toList();
        }
    }

    @Test
    void aPreparedImageIsStoredThenReused() throws IOException {
        Path cache = dir.resolve("target/.image-cache");
        Path photo = dir.resolve("photo.jpg");
        Files.write(photo, TestFiles.jpeg(TestFiles.gradient(800, 600)));

        PreparedImage first = new ImagePreparer(new BuildReport(), 400, cache).prepare(photo, "photo.jpg");
        List<Path> stored = entries(cache);
        assertEquals(1, stored.size());
        assertTrue(stored.get(0).getFileName().toString().matches("[0-9a-f]{64}\\.bin"));

        // prove the second build reads the entry: change what the entry holds, keeping it intact
        PreparedImage marked = new PreparedImage(first.data(), first.mediaType(), 123, 45, first.originalBytes());
        new ImageCache(cache).put(stored.get(0).getFileName().toString().replace(".bin", ""), marked);
        PreparedImage second = new ImagePreparer(new BuildReport(), 400, cache).prepare(photo, "photo.jpg");
        assertEquals(123, second.width());
        assertArrayEquals(first.data(), second.data());
    }

    @Test
    void aDamagedEntryIsIgnoredAndRewritten() throws IOException {
        Path cache = dir.resolve("cache");
        Path photo = dir.resolve("photo.png");
        Files.write(photo, TestFiles.png(TestFiles.gradient(300, 200)));
        PreparedImage first = new ImagePreparer(new BuildReport(), 100, cache).prepare(photo, "photo.png");
        Path entry = entries(cache).get(0);
        byte[] damaged = Files.readAllBytes(entry);
        damaged[damaged.length / 2] ^= 0x55;
        Files.write(entry, damaged);

        PreparedImage second = new ImagePreparer(new BuildReport(), 100, cache).prepare(photo, "photo.png");
        assertArrayEquals(first.data(), second.data());
        assertEquals(first.width(), second.width());
        String key = entry.getFileName().toString().replace(".bin", "");
        assertTrue(new ImageCache(cache).get(key).isPresent(), "rewritten whole");
    }

    @Test
    void theKeyDependsOnTheSizeLimit() {
        byte[] data = {1, 2, 3};
        assertNotEquals(ImageCache.key(data, 1600), ImageCache.key(data, 1200));
        assertEquals(ImageCache.key(data, 1600), ImageCache.key(data.clone(), 1600));
    }

    @Test
    void anUnwritableCacheNeverFailsTheBuild() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path photo = dir.resolve("photo.jpg");
        Files.write(photo, TestFiles.jpeg(TestFiles.gradient(50, 40)));
        BuildReport report = new BuildReport();
        PreparedImage prepared = new ImagePreparer(report, 1600, blocker.resolve("cache")).prepare(photo, "photo.jpg");
        assertEquals(50, prepared.width());
        assertTrue(report.problems().isEmpty());
    }

    @Test
    void anUnchangedFileIsFoundByItsStateWithoutHashing() throws IOException {
        Path cacheDir = dir.resolve("cache");
        ImageCache cache = new ImageCache(cacheDir, Duration.ZERO);
        Path photo = dir.resolve("photo.jpg");
        Files.write(photo, TestFiles.jpeg(TestFiles.gradient(800, 600)));
        Files.setLastModifiedTime(photo, FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        PreparedImage first = new ImagePreparer(new BuildReport(), 400, cache).prepare(photo, "photo.jpg");
        String key = ImageCache.key(Files.readAllBytes(photo), 400);
        assertEquals(key, cache.knownKey(ImageCache.state(photo, 400).orElseThrow()).orElseThrow());
        assertFalse(cache.knownKey(ImageCache.state(photo, 200).orElseThrow()).isPresent(), "another size limit, another state");

        // the state is what is looked up: an entry changed behind it is what the next build gets
        PreparedImage marked = new PreparedImage(first.data(), first.mediaType(), 123, 45, first.originalBytes());
        cache.put(key, marked);
        assertEquals(123, new ImagePreparer(new BuildReport(), 400, cache).prepare(photo, "photo.jpg").width());
    }

    @Test
    void aFileRewrittenWithTheSameSizeAndTimeIsPreparedAgain() throws IOException {
        ImageCache cache = new ImageCache(dir.resolve("cache"), Duration.ZERO);
        Path photo = dir.resolve("photo.jpg");
        byte[] grey = TestFiles.jpeg(TestFiles.filled(800, 600, 0x808080));
        byte[] red = TestFiles.jpeg(TestFiles.filled(800, 600, 0xC02020));
        int size = Math.max(grey.length, red.length) + 8;
        Files.write(photo, padded(grey, size));
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(photo, old);
        PreparedImage first = new ImagePreparer(new BuildReport(), 400, cache).prepare(photo, "photo.jpg");

        Files.write(photo, padded(red, size)); // same size, other pixels
        Files.setLastModifiedTime(photo, old); // as a copy keeping times would do; the inode change time still moves
        PreparedImage second = new ImagePreparer(new BuildReport(), 400, cache).prepare(photo, "photo.jpg");
        assertFalse(java.util.Arrays.equals(first.data(), second.data()), "the new bytes are prepared, not the old entry");
    }

    /** The JPEG with a comment segment after its SOI marker making it {@code size} bytes long. */
    private static byte[] padded(byte[] jpeg, int size) {
        int payload = size - jpeg.length - 4;
        byte[] out = new byte[size];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        out[4] = (byte) ((payload + 2) >> 8);
        out[5] = (byte) (payload + 2);
        System.arraycopy(jpeg, 2, out, 6 + payload, jpeg.length - 2);
        return out;
    }

    @Test
    void theStateOfAFileJustWrittenIsNotRemembered() throws IOException {
        ImageCache cache = new ImageCache(dir.resolve("cache"));
        Path photo = dir.resolve("photo.jpg");
        Files.write(photo, TestFiles.jpeg(TestFiles.gradient(80, 60)));
        new ImagePreparer(new BuildReport(), 400, cache).prepare(photo, "photo.jpg");
        // it could change again within the same timestamp: its bytes are hashed until it has settled
        assertFalse(cache.knownKey(ImageCache.state(photo, 400).orElseThrow()).isPresent());
        assertEquals(1, entries(dir.resolve("cache")).size());
    }
}
