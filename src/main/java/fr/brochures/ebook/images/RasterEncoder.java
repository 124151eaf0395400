package fr.brochures.ebook.images;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Writes pixels as a new file with the JDK's own writers and no metadata given to them: a JPEG then holds only a bare
 * JFIF header (no thumbnail, no EXIF, no ICC profile), a PNG only IHDR, PLTE/tRNS for a palette, IDAT and IEND.
 * Both writers are deterministic: the same pixels give the same bytes.
 */
final class RasterEncoder {

    /** Visually close to the original for photographs, at about a third of a camera's file size. */
    static final float JPEG_QUALITY = 0.80f;

    private RasterEncoder() {
    }

    /** A baseline JPEG (every reader shows it; progressive ones are slow on e-ink readers) with optimised Huffman tables. */
    static byte[] jpeg(BufferedImage image) throws IOException {
        // 3-byte pixels: the JDK writer copies each row of a byte raster much faster than of an int one (its generic
        // per-pixel path), for the same JPEG bytes; about a third of the encoding time of a photograph (BENCHMARKS.md)
        BufferedImage opaque = image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_BYTE_GRAY
                ? image : SrgbConverter.copy(image, BufferedImage.TYPE_3BYTE_BGR, Color.WHITE);
        ImageWriter writer = jdkWriter("jpeg");
        JPEGImageWriteParam param = new JPEGImageWriteParam(null);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
        param.setOptimizeHuffmanTables(true);
        return write(writer, opaque, param);
    }

    /** A PNG at the strongest deflate level (lossless whatever the level; only the size changes). */
    static byte[] png(BufferedImage image) throws IOException {
        ImageWriter writer = jdkWriter("png");
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (param.canWriteCompressed()) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.0f);
        }
        return write(writer, image, param);
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JDK's writer, whose output is known; a plug-in's (TwelveMonkeys registers one for JPEG) could add markers. */
    private static ImageWriter jdkWriter(String format) throws IOException {
        ImageWriter fallback = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format); it.hasNext(); ) {
            ImageWriter candidate = it.next();
            if (candidate.getClass().getName().startsWith("com.sun.imageio.")) {
                return candidate;
            }
            fallback = fallback == null ? candidate : fallback;
        }
        if (fallback == null) {
            throw new IOException("no " + format + " writer is installed");
        }
        return fallback;
    }
}
