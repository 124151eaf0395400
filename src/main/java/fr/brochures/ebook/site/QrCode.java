package fr.brochures.ebook.site;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import fr.brochures.ebook.pages.PageRenderer;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A QR code for a text (an address), drawn by the builder as SVG or as an image from ZXing's module matrix. */
public final class QrCode {

    /** The blank border around the code, in modules: 4 is what the QR code standard asks for. */
    static final int QUIET_ZONE = 4;

    private final String text;
    private final BitMatrix matrix;

    private QrCode(String text, BitMatrix matrix) {
        this.text = text;
        this.matrix = matrix;
    }

    /** The QR code for {@code text} (error correction level M), with its quiet zone. */
    public static QrCode of(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, QUIET_ZONE));
            return new QrCode(text, matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text.length() + " characters: " + e.getMessage(), e);
        }
    }

    /** What the code holds. */
    public String text() {
        return text;
    }

    /** Its width (and height) in modules, quiet zone included. */
    public int size() {
        return matrix.getWidth();
    }

    /** Whether the module at column {@code x}, row {@code y} is dark. */
    public boolean dark(int x, int y) {
        return matrix.get(x, y);
    }

    /**
     * A standalone SVG file: a white square and one path of dark runs ({@code M x y h n v1 h-n z} per run of a row),
     * with crisp edges so that it scans at any size.
     */
    public String toSvg(int pixelsPerModule) {
        int n = size();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        int pixels = n * pixelsPerModule;
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + n + " " + n + "\" width=\"" + pixels
                + "\" height=\"" + pixels + "\" shape-rendering=\"crispEdges\">\n"
                + "<title>" + PageRenderer.escape(text) + "</title>\n"
                + "<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#ffffff\"/>\n"
                + "<path fill=\"#000000\" d=\"" + path + "\"/>\n"
                + "</svg>\n";
    }

    /** The code as a black and white image, {@code pixelsPerModule} pixels per module. */
    public BufferedImage toImage(int pixelsPerModule) {
        int n = size() * pixelsPerModule;
        BufferedImage image = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                image.setRGB(x, y, matrix.get(x / pixelsPerModule, y / pixelsPerModule) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
