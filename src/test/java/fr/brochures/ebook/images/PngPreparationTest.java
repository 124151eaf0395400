package fr.brochures.ebook.images;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.brochures.ebook.images.JpegPreparationTest.concat;
import static fr.brochures.ebook.images.TestFiles.ascii;
import static fr.brochures.ebook.images.TestFiles.chunk;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PngPreparationTest {

    @TempDir
    Path dir;

    private final BuildReport report = new BuildReport();

    private PreparedImage prepare(byte[] data, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, data);
        return new ImagePreparer(report, 1600).prepare(file, "book/images/" + name);
    }

    private PreparedImage prepare(byte[] data) throws IOException {
        return prepare(data, "map.png");
    }

    @Test
    void aLargePngIsScaledToTheLongEdgeAndStaysPng() throws IOException {
        PreparedImage prepared = prepare(TestFiles.png(TestFiles.gradient(5000, 3000)));

        assertNotNull(prepared, () -> report.problems().toString());
        assertEquals("image/png", prepared.mediaType());
        assertEquals(1600, prepared.width());
        assertEquals(960, prepared.height());
        BufferedImage out = TestFiles.read(prepared.data());
        assertEquals(1600, out.getWidth());
        assertEquals(960, out.getHeight());
        // resampled, not picked: the gradient is still smooth and in place
        int red = (out.getRGB(800, 480) >> 16) & 0xFF;
        assertTrue(Math.abs(red - 127) <= 3, "red " + red);
    }

    @Test
    void textChunksAndOtherMetadataAreGone() throws IOException {
        byte[] original = TestFiles.withChunks(TestFiles.png(TestFiles.gradient(40, 30)),
                chunk("tEXt", ascii("Author\0Alice Secret")),
                chunk("zTXt", concat(ascii("Comment\0\0"), TestFiles.deflate(ascii("shot at 43.33N 76.95E")))),
                chunk("iTXt", ascii("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>GPS</x:xmpmeta>")),
                chunk("tIME", new byte[] {7, (byte) 232, 5, 1, 12, 0, 0}),
                chunk("eXIf", TestFiles.exifTiff(1)));

        PreparedImage prepared = prepare(original);

        assertNotNull(prepared, () -> report.problems().toString());
        assertEquals(List.of("IHDR", "IDAT", "IEND"), TestFiles.chunkTypes(prepared.data()).stream().distinct().toList());
        for (String secret : List.of("Alice", "xmpmeta", "Canon", "GPS", "SERIAL")) {
            assertFalse(TestFiles.contains(prepared.data(), secret), secret);
        }
    }

    @Test
    void pngOrientationFromEXifIsApplied() throws IOException {
        BufferedImage stored = TestFiles.filled(40, 20, 0x000000);
        stored.setRGB(0, 0, 0xFF0000);
        // orientation 8: a quarter turn anticlockwise, the top-left pixel goes bottom left
        PreparedImage prepared = prepare(TestFiles.withChunks(TestFiles.png(stored), chunk("eXIf", TestFiles.exifTiff(8))));
        BufferedImage out = TestFiles.read(prepared.data());
        assertEquals(20, out.getWidth());
        assertEquals(40, out.getHeight());
        assertEquals(0xFF0000, out.getRGB(0, 39) & 0xFFFFFF);
    }

    @Test
    void anIccProfileIsAppliedThenDropped() throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] iccp = chunk("iCCP", concat(ascii("linear\0\0"), TestFiles.deflate(profile)));
        PreparedImage prepared = prepare(TestFiles.withChunks(TestFiles.png(TestFiles.filled(16, 16, 0x808080)), iccp));

        assertFalse(TestFiles.chunkTypes(prepared.data()).contains("iCCP"));
        int green = (TestFiles.read(prepared.data()).getRGB(8, 8) >> 8) & 0xFF;
        assertTrue(Math.abs(green - 188) <= 3, "converted to sRGB: " + green);
    }

    @Test
    void aDeclaredDecompressionBombIsRefusedFromItsHeader() throws IOException {
        byte[] ihdr = ByteBuffer.allocate(13).putInt(40000).putInt(40000).put(new byte[] {8, 6, 0, 0, 0}).array();
        byte[] garbage = "this is not compressed pixel data at all".repeat(20).getBytes(StandardCharsets.US_ASCII);
        byte[] bomb = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, chunk("IHDR", ihdr), garbage);

        long start = System.nanoTime();
        assertNull(prepare(bomb));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without decoding");
        assertTrue(report.has(MessageId.IMG_005), report.problems()::toString);
        assertTrue(report.problems().get(0).text().contains("40000×40000"), report.problems().get(0).text());
    }

    @Test
    void textNamedPngIsMislabelled() throws IOException {
        assertNull(prepare("Just some notes, not a picture.\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(report.has(MessageId.IMG_003));
    }

    @Test
    void aTruncatedPngIsRefused() throws IOException {
        byte[] whole = TestFiles.png(TestFiles.gradient(300, 200));
        assertNull(prepare(java.util.Arrays.copyOf(whole, whole.length / 2)));
        assertTrue(report.has(MessageId.IMG_007), report.problems()::toString);
    }

    @Test
    void aPaletteImageStaysAPalette() throws IOException {
        IndexColorModel palette = new IndexColorModel(8, 2, new byte[] {0, (byte) 255}, new byte[] {0, 0}, new byte[] {0, 0});
        BufferedImage indexed = new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_INDEXED, palette);
        indexed.getRaster().setSample(10, 10, 0, 1);
        PreparedImage prepared = prepare(TestFiles.png(indexed));
        assertTrue(TestFiles.chunkTypes(prepared.data()).contains("PLTE"));
        assertEquals(0xFF0000, TestFiles.read(prepared.data()).getRGB(10, 10) & 0xFFFFFF);
    }

    @Test
    void transparencyIsKept() throws IOException {
        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(3, 3, 0x80FF0000);
        BufferedImage out = TestFiles.read(prepare(TestFiles.png(image)).data());
        assertTrue(out.getColorModel().hasAlpha());
        assertEquals(0x80FF0000, out.getRGB(3, 3));
        assertEquals(0, out.getRGB(10, 10) >>> 24);
    }

    @Test
    void greyStaysGreyAndSixteenBitsBecomeEight() throws IOException {
        BufferedImage grey = new BufferedImage(20, 20, BufferedImage.TYPE_USHORT_GRAY);
        grey.getRaster().setSample(4, 4, 0, 0xFFFF);
        grey.getRaster().setSample(5, 5, 0, 0x8080);
        BufferedImage out = TestFiles.read(prepare(TestFiles.png(grey)).data());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, out.getType());
        assertEquals(255, out.getRaster().getSample(4, 4, 0));
        assertEquals(128, out.getRaster().getSample(5, 5, 0));
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        byte[] original = TestFiles.png(TestFiles.gradient(2000, 700));
        byte[] first = prepare(original, "a.png").data();
        byte[] second = prepare(original, "b.png").data();
        assertArrayEquals(first, second);
    }
}
