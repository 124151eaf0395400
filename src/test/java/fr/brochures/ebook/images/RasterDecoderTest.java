package fr.brochures.ebook.images;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Photographs of one size are decoded into one image, and never show each other's pixels. */
class RasterDecoderTest {

    private static final int W = 96;
    private static final int H = 64;

    @Test
    void aPhotographOfTheSameSizeIsDecodedIntoTheSameImageWithItsOwnPixels() throws Exception {
        byte[] white = TestFiles.jpeg(TestFiles.filled(W, H, 0xFFFFFF));
        byte[] gradient = TestFiles.jpeg(TestFiles.gradient(W, H));

        BufferedImage first = RasterDecoder.decode(white, ImageFormat.JPEG);
        int[] whitePixels = pixels(first);
        BufferedImage second = RasterDecoder.decode(gradient, ImageFormat.JPEG);

        assertSame(first, second, "the same image, reused");
        assertArrayEquals(onAFreshThread(gradient), pixels(second), "the gradient's pixels, none of the white photograph's");
        assertArrayEquals(onAFreshThread(white), whitePixels);
    }

    @Test
    void afterADamagedPhotographTheNextOneOfTheSameSizeHasOnlyItsOwnPixels() throws Exception {
        byte[] gradient = TestFiles.jpeg(TestFiles.gradient(W, H));
        byte[] damaged = TestFiles.jpeg(TestFiles.filled(W, H, 0x3366CC));
        // bytes of its coded data, from the middle on, changed: libjpeg stops there ("premature end of data segment")
        // with the rows above decoded, the rows below made up
        for (int i = damaged.length / 2; i < damaged.length / 2 + 40; i++) {
            damaged[i] = 0;
        }
        RasterDecoder.decode(gradient, ImageFormat.JPEG);
        assertThrows(ImageRejection.class, () -> RasterDecoder.decode(damaged, ImageFormat.JPEG));

        BufferedImage next = RasterDecoder.decode(gradient, ImageFormat.JPEG);

        assertArrayEquals(onAFreshThread(gradient), pixels(next));
    }

    /** The pixels decoded on a thread that never decoded anything: into a new, zeroed image. */
    private static int[] onAFreshThread(byte[] jpeg) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return pixels(RasterDecoder.decode(jpeg, ImageFormat.JPEG));
            } catch (ImageRejection e) {
                throw new IllegalStateException(e);
            }
        }, r -> new Thread(r).start()).get();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
