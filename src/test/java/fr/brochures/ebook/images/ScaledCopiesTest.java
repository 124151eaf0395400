package fr.brochures.ebook.images;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web edition's smaller copies: in the image's own format, cached by content, never enlarged. */
class ScaledCopiesTest {

    @TempDir
    Path cache;

    private static PreparedImage prepared(byte[] data, String mediaType, int width, int height) {
        return new PreparedImage(data, mediaType, width, height, data.length);
    }

    @Test
    void aPngCopyIsAPngWithItsAlphaAndIsCached() throws IOException {
        BufferedImage plan = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_ARGB);
        plan.setRGB(10, 10, 0x80FF0000);
        PreparedImage image = prepared(RasterEncoder.png(plan), "image/png", 1000, 500);

        PreparedImage copy = new ScaledCopies(cache).copy(image, 400);
        assertEquals("image/png", copy.mediaType());
        assertEquals(400, copy.width());
        assertEquals(200, copy.height());
        assertTrue(TestFiles.read(copy.data()).getColorModel().hasAlpha());
        try (Stream<Path> entries = Files.list(cache)) {
            assertEquals(1, entries.filter(f -> f.toString().endsWith(".bin")).count(), "kept in the cache");
        }
        assertArrayEquals(copy.data(), new ScaledCopies(cache).copy(image, 400).data(), "the cached copy");
    }

    @Test
    void anImageThatFitsIsGivenBackAsItIs() throws IOException {
        byte[] jpeg = TestFiles.jpeg(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB));
        PreparedImage copy = new ScaledCopies(null).copy(prepared(jpeg, "image/jpeg", 300, 200), 480);
        assertSame(jpeg, copy.data());
    }

    @Test
    void anSvgIsNotScaled() {
        PreparedImage svg = prepared("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(), "image/svg+xml", 0, 0);
        assertThrows(IllegalArgumentException.class, () -> new ScaledCopies(null).copy(svg, -1));
    }

    @Test
    void copiesAtSeveralWidthsAreTheCopiesOneByOneFromOneCache() throws IOException {
        BufferedImage photo = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1600; x += 7) {
            photo.setRGB(x, x % 1000, 0xFFCC00);
        }
        byte[] jpeg = TestFiles.jpeg(photo);
        PreparedImage image = prepared(jpeg, "image/jpeg", 1600, 1000);

        List<PreparedImage> together = new ScaledCopies(cache).copies(image, List.of(480, 800, 2000));

        assertEquals(List.of(480, 800, 1600), together.stream().map(PreparedImage::width).toList());
        assertSame(jpeg, together.get(2).data(), "wider than the image: the image itself");
        try (Stream<Path> entries = Files.list(cache)) {
            assertEquals(2, entries.filter(f -> f.toString().endsWith(".bin")).count(), "the two copies kept");
        }
        // one at a time, with another cache object over the same folder: the same keys find the same files
        assertArrayEquals(together.get(0).data(), new ScaledCopies(cache).copy(image, 480).data());
        assertArrayEquals(together.get(1).data(), new ScaledCopies(cache).copy(image, 800).data());
        assertArrayEquals(together.get(0).data(), new ScaledCopies(null).copy(image, 480).data(), "as made without a cache");
    }

    @Test
    void copiesMadeFromOneDecodingAreTheCopiesMadeOneByOne() throws IOException {
        BufferedImage photo = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1600; x++) {
            photo.setRGB(x, (x * 37) % 1000, 0x1080F0 + x);
        }
        PreparedImage jpeg = prepared(TestFiles.jpeg(photo), "image/jpeg", 1600, 1000);
        PreparedImage png = prepared(RasterEncoder.png(photo), "image/png", 1600, 1000);
        for (PreparedImage image : List.of(jpeg, png)) {
            List<PreparedImage> together = ScaledCopy.sameFormat(image, List.of(1200, 480, 800));
            for (int i = 0; i < 3; i++) {
                PreparedImage alone = ScaledCopy.sameFormat(image, List.of(1200, 480, 800).get(i));
                assertArrayEquals(alone.data(), together.get(i).data(), image.mediaType() + " copy " + i);
                assertEquals(alone.width(), together.get(i).width());
                assertEquals(alone.height(), together.get(i).height());
            }
        }
    }

    @Test
    void onlyTheCopiesMissingFromTheCacheAreMadeAndTheOrderIsKept() throws IOException {
        BufferedImage photo = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        photo.setRGB(3, 3, 0xFF0000);
        PreparedImage image = prepared(TestFiles.jpeg(photo), "image/jpeg", 1600, 1000);
        PreparedImage middle = new ScaledCopies(cache).copy(image, 800);

        List<PreparedImage> copies = new ScaledCopies(cache).copies(image, List.of(480, 800, 1200));

        assertEquals(List.of(480, 800, 1200), copies.stream().map(PreparedImage::width).toList());
        assertArrayEquals(middle.data(), copies.get(1).data(), "the cached one");
        try (Stream<Path> entries = Files.list(cache)) {
            assertEquals(3, entries.filter(f -> f.toString().endsWith(".bin")).count(), "the two missing ones kept too");
        }
    }
}
