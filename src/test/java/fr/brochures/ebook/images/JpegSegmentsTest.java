package fr.brochures.ebook.images;

import org.junit.jupiter.api.Test;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.util.Arrays;

import static fr.brochures.ebook.images.TestFiles.ascii;
import static fr.brochures.ebook.images.TestFiles.segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which JPEGs the JDK's own reader decodes (plain YCbCr), and which go to TwelveMonkeys'. */
class JpegSegmentsTest {

    private static final byte[] PLAIN = TestFiles.jpeg(TestFiles.gradient(64, 48));

    @Test
    void aCameraLikeYCbCrJpegIsPlain() {
        assertTrue(JpegSegments.plainYCbCr(PLAIN));
        byte[] exif = segment(0xE1, ascii("Exif\0\0"), new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0});
        assertTrue(JpegSegments.plainYCbCr(TestFiles.withSegments(PLAIN, exif)), "EXIF changes nothing to the colours");
    }

    @Test
    void adobeIccGreyAndCmykJpegsAreNot() {
        byte[] adobe = segment(0xEE, ascii("Adobe"), new byte[] {0, 100, 0, 0, 0, 0, 1});
        assertFalse(JpegSegments.plainYCbCr(TestFiles.withSegments(PLAIN, adobe)));
        byte[] icc = segment(0xE2, ascii("ICC_PROFILE\0"), new byte[] {1, 1}, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        assertFalse(JpegSegments.plainYCbCr(TestFiles.withSegments(PLAIN, icc)));
        assertFalse(JpegSegments.plainYCbCr(TestFiles.jpeg(new java.awt.image.BufferedImage(32, 32, java.awt.image.BufferedImage.TYPE_BYTE_GRAY))), "one component");
        byte[] fourComponents = TestFiles.jpeg(Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16, 16, 4, null));
        assertFalse(JpegSegments.plainYCbCr(fourComponents));
    }

    @Test
    void aTruncatedOrForeignFileIsNot() {
        for (int length : new int[] {0, 2, 20, 100}) {
            assertFalse(JpegSegments.plainYCbCr(Arrays.copyOf(PLAIN, Math.min(length, PLAIN.length))), "cut at " + length);
        }
        assertFalse(JpegSegments.plainYCbCr(TestFiles.png(TestFiles.gradient(8, 8))));
    }

    @Test
    void bothReadersGiveTheSamePixels() throws ImageRejection {
        // the JDK's reader for plain files; TwelveMonkeys' when an (empty) Adobe segment sends the file there
        byte[] viaTwelveMonkeys = TestFiles.withSegments(PLAIN, segment(0xEE, ascii("Adobe"), new byte[] {0, 100, 0, 0, 0, 0, 1}));
        var jdk = RasterDecoder.decode(PLAIN, ImageFormat.JPEG);
        int[] a = jdk.getRGB(0, 0, 64, 48, null, 0, 64);
        var twelveMonkeys = RasterDecoder.decode(viaTwelveMonkeys, ImageFormat.JPEG);
        int[] b = twelveMonkeys.getRGB(0, 0, 64, 48, null, 0, 64);
        assertEquals(64 * 48, a.length);
        assertTrue(Arrays.equals(a, b));
    }
}
