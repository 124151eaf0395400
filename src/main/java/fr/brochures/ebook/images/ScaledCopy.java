package fr.brochures.ebook.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A smaller copy of an image already prepared (upright, sRGB, without metadata), e.g. the download page's cover or the
 * web edition's figures for small screens: decoded, scaled down as the figures are ({@link Downscaler}) and encoded as
 * they are ({@link RasterEncoder}), so a copy holds nothing but pixels either. The JPEG copies are kept in the
 * {@link ImageCache} by content.
 */
public final class ScaledCopy {

    private ScaledCopy() {
    }

    /**
     * The prepared JPEG or PNG {@code image} as a JPEG at most {@code maxWidth} pixels wide, its height in proportion
     * (never enlarged). A JPEG that fits already is given back as it is, not compressed a second time.
     *
     * @throws IllegalArgumentException when it is not a raster image (SVG)
     * @throws IOException when its pixels cannot be decoded or encoded
     */
    public static PreparedImage jpeg(PreparedImage image, int maxWidth) throws IOException {
        ImageFormat format = ImageFormat.sniff(image.data());
        if (format != ImageFormat.JPEG && format != ImageFormat.PNG) {
            throw new IllegalArgumentException("only a JPEG or PNG image can be scaled, not " + image.mediaType());
        }
        if (format == ImageFormat.JPEG && image.width() <= maxWidth) {
            return new PreparedImage(image.data(), ImageFormat.JPEG.mediaType(), image.width(), image.height(), image.data().length);
        }
        // kept in the image cache by content, as the prepared images are: a rebuild does not decode, scale and encode the
        // cover again (about 0.1 s of a cold build of the brochure, with the image classes it loads)
        Path dir = ImageCacheDir.get();
        ImageCache cache = dir == null ? null : new ImageCache(dir);
        String key = cache == null ? null : ImageCache.scaledCopyKey(image.data(), maxWidth);
        Optional<PreparedImage> cached = cache == null ? Optional.empty() : cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        PreparedImage copy = scaled(image, format, maxWidth, ImageFormat.JPEG);
        if (cache != null) {
            cache.put(key, copy);
        }
        return copy;
    }

    /**
     * The prepared JPEG or PNG {@code image} at most {@code maxWidth} pixels wide, in its own format: a PNG (a plan, a
     * drawing with transparency) stays lossless and keeps its alpha, a JPEG stays a JPEG. One that fits already is given
     * back as it is.
     *
     * @throws IllegalArgumentException when it is not a raster image (SVG)
     * @throws IOException when its pixels cannot be decoded or encoded
     */
    public static PreparedImage sameFormat(PreparedImage image, int maxWidth) throws IOException {
        ImageFormat format = ImageFormat.sniff(image.data());
        if (format != ImageFormat.JPEG && format != ImageFormat.PNG) {
            throw new IllegalArgumentException("only a JPEG or PNG image can be scaled, not " + image.mediaType());
        }
        if (image.width() <= maxWidth) {
            return new PreparedImage(image.data(), format.mediaType(), image.width(), image.height(), image.data().length);
        }
        return scaled(image, format, maxWidth, format);
    }

    /**
     * The copies of {@code image} in its own format at each of {@code maxWidths}, in that order, as {@link #sameFormat}
     * makes them one by one, but from one decoding of its pixels: decoding a prepared 1600-pixel photograph costs more
     * than scaling it down and encoding the result, so three copies decoded once take about half the time; the halvings
     * the copies share are made once too ({@link Downscaler#fitWidths}).
     *
     * @throws IllegalArgumentException when it is not a raster image (SVG)
     * @throws IOException when its pixels cannot be decoded or encoded
     */
    public static List<PreparedImage> sameFormat(PreparedImage image, List<Integer> maxWidths) throws IOException {
        ImageFormat format = ImageFormat.sniff(image.data());
        if (format != ImageFormat.JPEG && format != ImageFormat.PNG) {
            throw new IllegalArgumentException("only a JPEG or PNG image can be scaled, not " + image.mediaType());
        }
        List<Integer> narrower = maxWidths.stream().filter(maxWidth -> maxWidth < image.width()).toList();
        // the decoder's pixels stay valid while nothing else is decoded on this thread: every copy is made from them
        // before this method returns
        List<BufferedImage> scaled = narrower.isEmpty() ? List.of() : Downscaler.fitWidths(decoded(image, format), narrower);
        List<PreparedImage> copies = new ArrayList<>(maxWidths.size());
        for (int maxWidth : maxWidths) {
            copies.add(maxWidth < image.width()
                    ? encoded(image, scaled.get(narrower.indexOf(maxWidth)), format)
                    : new PreparedImage(image.data(), format.mediaType(), image.width(), image.height(), image.data().length));
        }
        return copies;
    }

    private static PreparedImage scaled(PreparedImage image, ImageFormat format, int maxWidth, ImageFormat into) throws IOException {
        // the decoder's pixels are only valid until its next call on this thread: scaled and encoded right away
        return encoded(image, Downscaler.fitWidth(decoded(image, format), maxWidth), into);
    }

    private static BufferedImage decoded(PreparedImage image, ImageFormat format) throws IOException {
        try {
            return RasterDecoder.decode(image.data(), format);
        } catch (ImageRejection e) {
            throw new IOException("the prepared image cannot be decoded again (" + e.detail() + ")", e);
        }
    }

    private static PreparedImage encoded(PreparedImage image, BufferedImage scaled, ImageFormat into) throws IOException {
        byte[] encoded = into == ImageFormat.JPEG ? RasterEncoder.jpeg(scaled) : RasterEncoder.png(scaled);
        return new PreparedImage(encoded, into.mediaType(), scaled.getWidth(), scaled.getHeight(), image.data().length);
    }
}
