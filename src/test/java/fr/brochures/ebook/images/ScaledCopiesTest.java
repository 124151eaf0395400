package fr.brochures.ebook.images;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
