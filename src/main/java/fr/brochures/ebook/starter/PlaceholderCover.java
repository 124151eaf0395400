package fr.brochures.ebook.starter;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain cover for a book that has none yet: the title and the author set in the middle of a dark plain background,
 * 1600 × 2400 pixels (the 2:3 size Kobo, Kindle and Apple Books recommend), as a JPEG. It lets the first build of a new
 * book succeed; the collective replaces {@code covers/cover.jpg} with their own.
 */
final class PlaceholderCover {

    static final int WIDTH = 1600;
    static final int HEIGHT = 2400;
    private static final int MARGIN = 160;
    private static final Color BACKGROUND = new Color(0x7a, 0x1f, 0x24);
    private static final Color INK = new Color(0xf6, 0xef, 0xe3);
    private static final float JPEG_QUALITY = 0.9f;

    private PlaceholderCover() {
    }

    /** The cover of {@code title} by {@code author}, {@code by} being the word set before the author ("par", "by"). */
    static byte[] jpeg(String title, String by, String author) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(INK);
            g.fillRect(MARGIN, HEIGHT / 2 - 8, WIDTH - 2 * MARGIN, 16);
            drawLines(g, new Font(Font.SERIF, Font.BOLD, 150), title, HEIGHT / 2 - 120, true);
            drawLines(g, new Font(Font.SERIF, Font.ITALIC, 80), by + " " + author, HEIGHT / 2 + 200, false);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /** Sets {@code text} centred in as many lines as it needs, ending above {@code baseline} or starting at it. */
    private static void drawLines(Graphics2D g, Font font, String text, int baseline, boolean endAbove) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = wrap(text, metrics, WIDTH - 2 * MARGIN);
        int lineHeight = metrics.getHeight();
        int y = endAbove ? baseline - (lines.size() - 1) * lineHeight : baseline;
        for (String line : lines) {
            g.drawString(line, (WIDTH - metrics.stringWidth(line)) / 2, y);
            y += lineHeight;
        }
    }

    /** Words in lines no wider than {@code width}; a word wider than that stands alone on its line. */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
