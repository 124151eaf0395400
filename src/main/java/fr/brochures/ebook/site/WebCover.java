package fr.brochures.ebook.site;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/** The cover made small for the web page: a JPEG {@value #WIDTH} pixels wide (never enlarged). */
public final class WebCover {

    /** The web cover's width in pixels: sharp on a phone's screen (two or three device pixels per CSS pixel). */
    public static final int WIDTH = 600;

    private static final float QUALITY = 0.85f;

    private WebCover() {
    }

    /** The web version of a cover: its JPEG bytes and size. */
    public record Image(byte[] jpeg, int width, int height) {
    }

    /** The web version of {@code cover}, or null when it is not an image Java can read. */
    public static Image of(Path cover) throws IOException {
        BufferedImage source = ImageIO.read(cover.toFile());
        if (source == null) {
            return null;
        }
        BufferedImage image = rgb(source);
        int width = Math.min(WIDTH, image.getWidth());
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        // halve while more than twice too large (each step averages 2×2 pixels), then one bicubic step to the size
        while (image.getWidth() / 2 >= width) {
            image = scale(image, image.getWidth() / 2, Math.max(1, image.getHeight() / 2), RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (image.getWidth() != width || image.getHeight() != height) {
            image = scale(image, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        return new Image(jpeg(image), width, height);
    }

    private static BufferedImage rgb(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        return scale(source, source.getWidth(), source.getHeight(), RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    private static BufferedImage scale(BufferedImage image, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime cannot write JPEG");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
