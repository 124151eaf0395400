package fr.brochures.ebook.site;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads QR codes back, as a phone would: from an image, or from the SVG file the site writes. */
final class QrImages {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    private QrImages() {
    }

    /** The text of the QR code found in {@code image}, if any. */
    static Optional<String> decode(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ReaderException e) {
            throw new AssertionError("a QR code was found but could not be read: " + e, e);
        }
    }

    /**
     * Draws the SVG written by {@link QrCode#toSvg} ({@code M x y h n v1 h-n z} runs on a white square) at
     * {@code scale} pixels per module, reading only the file's own markup.
     */
    static BufferedImage rasterize(String svg, int scale) {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new AssertionError("no viewBox in the SVG");
        }
        int n = Integer.parseInt(box.group(1));
        BufferedImage image = new BufferedImage(n * scale, n * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < n * scale; y++) {
            for (int x = 0; x < n * scale; x++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
        String path = svg.substring(svg.indexOf(" d=\"") + 4, svg.indexOf('"', svg.indexOf(" d=\"") + 4));
        Matcher run = RUN.matcher(path);
        int end = 0;
        while (run.find()) {
            if (run.start() != end) {
                throw new AssertionError("unexpected path data at " + end + ": " + path.substring(end, Math.min(path.length(), end + 20)));
            }
            end = run.end();
            int x0 = Integer.parseInt(run.group(1));
            int y0 = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int y = y0 * scale; y < (y0 + 1) * scale; y++) {
                for (int x = x0 * scale; x < (x0 + length) * scale; x++) {
                    image.setRGB(x, y, 0x000000);
                }
            }
        }
        if (end != path.length()) {
            throw new AssertionError("unexpected path data at " + end);
        }
        return image;
    }
}
