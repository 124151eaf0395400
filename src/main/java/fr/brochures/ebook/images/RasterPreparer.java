package fr.brochures.ebook.images;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Rebuilds a JPEG or PNG from its pixels alone: decoded (after the size check), brought to sRGB, turned upright,
 * scaled down, and encoded anew in the same format. Nothing of the original file but its pixels reaches the book.
 */
final class RasterPreparer {

    private RasterPreparer() {
    }

    /** The re-encoded image; {@code maxEdge} is the longest edge allowed, in pixels. */
    static PreparedImage prepare(byte[] data, ImageFormat format, int maxEdge) throws ImageRejection {
        BufferedImage decoded = RasterDecoder.decode(data, format);
        try {
            byte[] profile = format == ImageFormat.PNG ? PngChunks.read(data).iccProfile().orElse(null) : null;
            BufferedImage image = SrgbConverter.convert(decoded, profile);
            image = Orientation.apply(image, ExifOrientation.of(data, format));
            image = Downscaler.fit(image, maxEdge);
            byte[] encoded = format == ImageFormat.JPEG ? RasterEncoder.jpeg(image) : RasterEncoder.png(image);
            return new PreparedImage(encoded, format.mediaType(), image.getWidth(), image.getHeight(), data.length);
        } catch (IOException | RuntimeException e) {
            // a colour conversion refused by the colour engine, a writer failure: never an exception out of prepare()
            throw ImageRejection.undecodable(RasterDecoder.describe(e));
        }
    }
}
