package fr.brochures.ebook.images;

import fr.brochures.ebook.report.BuildReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageCacheTest {

    @TempDir
    Path dir;

    private List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.toList();
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
}
