package fr.brochures.ebook.images;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrientationTest {

    /** A 3×2 image whose stored pixels are numbered 1..6 (row by row), to follow each one. */
    private static BufferedImage numbered() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 6; i++) {
            image.setRGB(i % 3, i / 3, i + 1);
        }
        return image;
    }

    private static String rows(BufferedImage image) {
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            out.append(y == 0 ? "" : "/");
            for (int x = 0; x < image.getWidth(); x++) {
                out.append(image.getRGB(x, y) & 0xFF);
            }
        }
        return out.toString();
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
            "1, 123/456",
            "2, 321/654",
            "3, 654/321",
            "4, 456/123",
            "5, 14/25/36",
            "6, 41/52/63",
            "7, 63/52/41",
            "8, 36/25/14",
    })
    void everyExifOrientationIsTurnedUpright(int orientation, String expected) {
        assertEquals(expected, rows(Orientation.apply(numbered(), orientation)));
    }

    @Test
    void littleEndianExifIsRead() {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        assertEquals(6, ExifOrientation.ofTiff(tiff.array()));
    }

    @Test
    void damagedExifMeansUpright() {
        assertEquals(1, ExifOrientation.ofTiff(new byte[] {'M', 'M', 0, 42, 0x7F, 0, 0, 0}));
        assertEquals(1, ExifOrientation.ofTiff(new byte[] {1, 2, 3}));
        byte[] bigEndian = TestFiles.exifTiff(9); // out of range
        assertEquals(1, ExifOrientation.ofTiff(bigEndian));
        assertEquals(7, ExifOrientation.ofTiff(TestFiles.exifTiff(7)));
        byte[] truncatedSegment = TestFiles.withSegments(TestFiles.jpeg(TestFiles.filled(8, 8, 0)), TestFiles.ascii("\u00FF\u00E1\u0000\u00FFExif\0\0MM"));
        assertEquals(1, ExifOrientation.of(truncatedSegment, ImageFormat.JPEG));
    }
}
