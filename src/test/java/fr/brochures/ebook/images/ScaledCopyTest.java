package fr.brochures.ebook.images;

import fr.brochures.ebook.report.BuildReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Smaller JPEG copies of prepared images (the download page's cover). */
class ScaledCopyTest {

    @TempDir
    Path dir;

    private PreparedImage preparedCover(byte[] data) throws IOException {
        Path cover = dir.resolve("cover.jpg");
        Files.write(cover, data);
        BuildReport report = new BuildReport();
        PreparedImage prepared = new ImagePreparer(report, 1600).prepareCover(cover, "covers/cover.jpg");
        assertTrue(prepared != null, () -> report.problems().toString());
        return prepared;
    }

    /** Stored landscape, left half red and right half blue, to be turned a quarter clockwise (EXIF orientation 6). */
    @Test
    void aCoverTakenSidewaysGivesAnUprightPortraitCopy() throws IOException {
        BufferedImage stored = new BufferedImage(1800, 1200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < stored.getHeight(); y++) {
            for (int x = 0; x < stored.getWidth(); x++) {
                stored.setRGB(x, y, x < stored.getWidth() / 2 ? 0xD02020 : 0x2020D0);
            }
        }
        byte[] original = TestFiles.withSegments(TestFiles.jpeg(stored), TestFiles.exifSegment(6));

        PreparedImage copy = ScaledCopy.jpeg(preparedCover(original), 600);

        assertEquals("image/jpeg", copy.mediaType());
        assertEquals(600, copy.width());
        assertEquals(900, copy.height());
        BufferedImage pixels = TestFiles.read(copy.data());
        assertEquals(600, pixels.getWidth());
        assertEquals(900, pixels.getHeight());
        assertTrue((pixels.getRGB(300, 100) >> 16 & 0xFF) > 150, "the stored left half is on top");
        assertTrue((pixels.getRGB(300, 800) & 0xFF) > 150, "the stored right half is at the bottom");
        assertEquals(List.of(0xE0, 0xDB, 0xC0, 0xC4, 0xDA), TestFiles.markers(copy.data()).stream().distinct().toList(),
                "a bare JFIF header, no EXIF");
        assertFalse(TestFiles.contains(copy.data(), "Canon"));
    }

    @Test
    void aJpegNarrowerThanTheWidthIsGivenBackAsItIs() throws IOException {
        PreparedImage prepared = preparedCover(TestFiles.jpeg(TestFiles.gradient(400, 600)));
        PreparedImage copy = ScaledCopy.jpeg(prepared, 600);
        assertSame(prepared.data(), copy.data(), "never enlarged, never compressed twice");
        assertEquals(400, copy.width());
        assertEquals(600, copy.height());
    }

    @Test
    void theCopyIsKeptInTheImageCacheByContentAndFoundThereNextTime() throws IOException {
        PreparedImage prepared = new PreparedImage(RasterEncoder.jpeg(TestFiles.gradient(1200, 1500)), "image/jpeg", 1200, 1500, 0);
        PreparedImage copy = ScaledCopy.jpeg(prepared, 600);
        Path cacheDir = ImageCacheDir.get();
        org.junit.jupiter.api.Assumptions.assumeTrue(cacheDir != null, "no cache folder: nothing kept");
        ImageCache cache = new ImageCache(cacheDir);
        PreparedImage kept = cache.get(ImageCache.scaledCopyKey(prepared.data(), 600)).orElseThrow();
        assertEquals(-1, java.util.Arrays.mismatch(copy.data(), kept.data()));
        assertEquals(copy.width(), kept.width());
        assertEquals(copy.height(), kept.height());

        PreparedImage again = ScaledCopy.jpeg(prepared, 600);
        assertEquals(-1, java.util.Arrays.mismatch(copy.data(), again.data()), "the same bytes from the cache");
        assertTrue(cache.get(ImageCache.scaledCopyKey(prepared.data(), 400)).isEmpty(), "another width is another entry");
    }

    @Test
    void theHeightFollowsTheWidth() throws IOException {
        PreparedImage prepared = new PreparedImage(RasterEncoder.jpeg(TestFiles.gradient(1000, 1414)), "image/jpeg", 1000, 1414, 0);
        PreparedImage copy = ScaledCopy.jpeg(prepared, 600);
        assertEquals(600, copy.width());
        assertEquals(848, copy.height()); // 1414 × 0.6 = 848.4
        assertEquals(848, TestFiles.read(copy.data()).getHeight());
    }

    @Test
    void aTransparentPngBecomesAJpegOnWhite() throws IOException {
        BufferedImage clear = new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB);
        PreparedImage prepared = new PreparedImage(RasterEncoder.png(clear), "image/png", 20, 10, 0);
        PreparedImage copy = ScaledCopy.jpeg(prepared, 600);
        assertEquals("image/jpeg", copy.mediaType());
        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(copy.data()));
        assertTrue((TestFiles.read(copy.data()).getRGB(10, 5) & 0xFFFFFF) > 0xF0F0F0);
    }

    @Test
    void anSvgIsNotScaled() {
        PreparedImage svg = new PreparedImage("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(), "image/svg+xml", 0, 0, 0);
        assertThrows(IllegalArgumentException.class, () -> ScaledCopy.jpeg(svg, 600));
    }
}
