package fr.brochures.ebook.images;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static fr.brochures.ebook.images.TestFiles.ascii;
import static fr.brochures.ebook.images.TestFiles.contains;
import static fr.brochures.ebook.images.TestFiles.segment;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JpegPreparationTest {

    @TempDir
    Path dir;

    private final BuildReport report = new BuildReport();

    private PreparedImage prepare(byte[] data, String name, int maxEdge) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, data);
        return new ImagePreparer(report, maxEdge).prepare(file, "book/images/" + name);
    }

    private PreparedImage prepare(byte[] data) throws IOException {
        return prepare(data, "photo.jpg", 1600);
    }

    @Test
    void everyMetadataSegmentIsGoneAndOnlyABareJfifHeaderIsLeft() throws IOException {
        byte[] xmp = segment(0xE1, ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                + "<dc:creator>Alice Secret</dc:creator></x:xmpmeta>"));
        byte[] iptc = segment(0xED, ascii("Photoshop 3.0\08BIM\u0004\u0004\0\0\0\0\0\u0010\u001c\u0002\u0050\0\u000cAlice Secret"));
        byte[] comment = segment(0xFE, ascii("secret comment from the camera"));
        byte[] original = TestFiles.withSegments(TestFiles.jpeg(TestFiles.gradient(64, 48)),
                TestFiles.exifSegment(1), xmp, iptc, comment);
        assertTrue(contains(original, "GPS") || contains(original, "Canon"));

        PreparedImage prepared = prepare(original);

        assertNotNull(prepared, () -> report.problems().toString());
        byte[] out = prepared.data();
        List<Integer> markers = TestFiles.markers(out);
        assertTrue(markers.stream().noneMatch(m -> m >= 0xE1 && m <= 0xEF), "no APPn but APP0: " + markers);
        assertFalse(markers.contains(0xFE), "no COM segment");
        assertTrue(markers.stream().filter(m -> m == 0xE0).count() <= 1);
        assertTrue(markers.contains(0xC0), "baseline SOF0: " + markers);
        for (String secret : List.of("Exif", "GPS", "Canon", "SERIAL", "2024:05:01", "Alice", "8BIM", "xmpmeta", "secret", "ns.adobe.com")) {
            assertFalse(contains(out, secret), secret);
        }
        assertEquals("image/jpeg", prepared.mediaType());
        assertEquals(64, prepared.width());
        assertEquals(48, prepared.height());
        assertEquals(original.length, prepared.originalBytes());
    }

    @Test
    void theJfifHeaderCarriesNoThumbnail() throws IOException {
        byte[] out = prepare(TestFiles.jpeg(TestFiles.gradient(64, 48))).data();
        if (TestFiles.markers(out).get(0) == 0xE0) {
            assertEquals(16, ((out[4] & 0xFF) << 8) | (out[5] & 0xFF), "APP0 length without thumbnail");
            assertEquals("JFIF", new String(out, 6, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
            assertEquals(0, out[18], "thumbnail width");
            assertEquals(0, out[19], "thumbnail height");
        }
    }

    @Test
    void exifOrientationIsAppliedToThePixels() throws IOException {
        // 40×20 stored sideways: the red corner is top left in the file; orientation 6 = turn a quarter clockwise
        BufferedImage stored = TestFiles.filled(40, 20, 0x2060A0);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                stored.setRGB(x, y, 0xFF0000);
            }
        }
        byte[] original = TestFiles.withSegments(TestFiles.jpeg(stored), TestFiles.exifSegment(6));

        PreparedImage prepared = prepare(original);

        assertEquals(20, prepared.width());
        assertEquals(40, prepared.height());
        BufferedImage upright = TestFiles.read(prepared.data());
        assertEquals(20, upright.getWidth());
        assertTrue(isRed(upright.getRGB(17, 2)), "corner now top right");
        assertFalse(isRed(upright.getRGB(2, 2)));
        assertFalse(isRed(upright.getRGB(2, 37)));
        assertFalse(contains(prepared.data(), "Exif"), "the tag is gone with the rest");
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 180 && ((rgb >> 8) & 0xFF) < 80 && (rgb & 0xFF) < 80;
    }

    @Test
    void cmykJpegBecomesSrgb() throws IOException {
        // Adobe CMYK as Photoshop writes it: inverted samples (255 = no ink) and an APP14 "Adobe" marker, transform 0
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 40, 20, 4, null);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                raster.setPixel(x, y, x < 20 ? new int[] {0, 255, 255, 255} : new int[] {255, 255, 255, 255});
            }
        }
        assertCyanThenWhite(prepare(adobe(TestFiles.jpeg(raster), 0)));
    }

    @Test
    void ycckJpegBecomesSrgb() throws IOException {
        // YCCK: C, M, Y planes stored as R, G, B = 255 - (Adobe's inverted C, M, Y) in YCbCr; K as it is
        // (cyan ink: inverted CMY 0, 255, 255 -> RGB 255, 0, 0 -> YCbCr 76, 85, 255; no ink -> RGB 0, 0, 0 -> 0, 128, 128)
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 40, 20, 4, null);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                raster.setPixel(x, y, x < 20 ? new int[] {76, 85, 255, 255} : new int[] {0, 128, 128, 255});
            }
        }
        assertCyanThenWhite(prepare(adobe(TestFiles.jpeg(raster), 2)));
    }

    private static byte[] adobe(byte[] jpeg, int transform) {
        return TestFiles.withSegments(jpeg, segment(0xEE, ascii("Adobe"), new byte[] {0, 100, 0, 0, 0, 0, (byte) transform}));
    }

    private void assertCyanThenWhite(PreparedImage prepared) {
        assertNotNull(prepared, () -> report.problems().toString());
        BufferedImage out = TestFiles.read(prepared.data());
        assertEquals(3, out.getColorModel().getNumComponents(), "RGB");
        assertTrue(out.getColorModel().getColorSpace().isCS_sRGB());
        assertFalse(TestFiles.markers(prepared.data()).contains(0xEE), "no Adobe marker left");
        int cyan = out.getRGB(8, 10);
        assertTrue(((cyan >> 16) & 0xFF) < 80 && ((cyan >> 8) & 0xFF) > 150 && (cyan & 0xFF) > 180, Integer.toHexString(cyan));
        int white = out.getRGB(34, 10);
        assertTrue(((white >> 16) & 0xFF) > 230 && ((white >> 8) & 0xFF) > 230 && (white & 0xFF) > 230, Integer.toHexString(white));
    }

    @Test
    void anEmbeddedIccProfileIsAppliedThenDropped() throws IOException {
        // mid-grey in linear light is a light grey (about 188) in sRGB
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] app2 = segment(0xE2, ascii("ICC_PROFILE\0"), new byte[] {1, 1}, profile);
        byte[] original = TestFiles.withSegments(TestFiles.jpeg(TestFiles.filled(32, 32, 0x808080)), app2);

        PreparedImage prepared = prepare(original);

        assertNotNull(prepared, () -> report.problems().toString());
        assertFalse(TestFiles.markers(prepared.data()).contains(0xE2), "no ICC segment");
        int green = (TestFiles.read(prepared.data()).getRGB(16, 16) >> 8) & 0xFF;
        assertTrue(Math.abs(green - 188) <= 8, "converted to sRGB: " + green);
    }

    @Test
    void greyStaysGrey() throws IOException {
        BufferedImage grey = new BufferedImage(30, 20, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(5, 5, 0, 200);
        PreparedImage prepared = prepare(TestFiles.jpeg(grey));
        assertEquals(1, TestFiles.read(prepared.data()).getColorModel().getNumComponents());
    }

    @Test
    void largePhotographsAreScaledDownButSmallOnesNeverUp() throws IOException {
        PreparedImage big = prepare(TestFiles.jpeg(TestFiles.gradient(900, 600)), "big.jpg", 300);
        assertEquals(300, big.width());
        assertEquals(200, big.height());
        assertTrue(big.bytesSaved() > 0);

        PreparedImage small = prepare(TestFiles.jpeg(TestFiles.gradient(120, 80)), "small.jpg", 300);
        assertEquals(120, small.width());
        assertEquals(80, small.height());
    }

    @Test
    void theCoverKeepsItsRecommendedSize(@TempDir Path project) throws IOException {
        Path cover = Files.createDirectories(project.resolve("covers")).resolve("cover.jpg");
        Files.write(cover, TestFiles.jpeg(TestFiles.gradient(1600, 2400)));
        PreparedImage prepared = new ImagePreparer(report, 1600).prepareCover(cover, "covers/cover.jpg");
        assertEquals(1600, prepared.width());
        assertEquals(2400, prepared.height());
        assertEquals(1067, new ImagePreparer(report, 1600).prepare(cover, "book/images/cover.jpg").width(),
                "the same file as a figure is held to the figures' limit");
    }

    @Test
    void aSmallCoverIsAWarning(@TempDir Path project) throws IOException {
        Path cover = project.resolve("cover.jpg");
        Files.write(cover, TestFiles.jpeg(TestFiles.gradient(400, 600)));
        new ImagePreparer(report, 1600).prepareCover(cover, "covers/cover.jpg");
        assertEquals(fr.brochures.ebook.report.MessageId.COVER_002, report.problems().get(0).id());
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        byte[] original = TestFiles.withSegments(TestFiles.jpeg(TestFiles.gradient(500, 300)), TestFiles.exifSegment(3));
        byte[] first = prepare(original, "a.jpg", 200).data();
        byte[] second = new ImagePreparer(new BuildReport(), 200).prepare(dir.resolve("a.jpg"), "a.jpg").data();
        assertArrayEquals(first, second);
    }

    @Test
    void aTruncatedJpegIsRefused() throws IOException {
        byte[] whole = TestFiles.jpeg(TestFiles.gradient(200, 150));
        assertNull(prepare(Arrays.copyOf(whole, whole.length * 2 / 3)));
        assertTrue(report.has(MessageId.IMG_007), report.problems()::toString);
    }

    @Test
    void aJpegDeclaringHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
        byte[] sof = segment(0xC0, new byte[] {8, (byte) 0x9C, 0x40, (byte) 0x9C, 0x40, 3,
                1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1}); // 40000 × 40000, 3 components
        byte[] header = new byte[] {(byte) 0xFF, (byte) 0xD8};
        byte[] garbage = new byte[4096];
        Arrays.fill(garbage, (byte) 0x5A);
        long start = System.nanoTime();
        assertNull(prepare(concat(header, sof, garbage)));
        assertTrue(report.has(MessageId.IMG_005), report.problems()::toString);
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused from the header, fast");
    }

    @Test
    void aPngNamedJpgIsMislabelled() throws IOException {
        assertNull(prepare(TestFiles.png(TestFiles.gradient(10, 10))));
        assertTrue(report.has(MessageId.IMG_003));
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
