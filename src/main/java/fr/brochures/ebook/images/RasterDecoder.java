package fr.brochures.ebook.images;

import fr.brochures.ebook.report.MessageId;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Decodes a JPEG or PNG to pixels, after refusing from its header alone one too large to decode safely. */
final class RasterDecoder {

    private RasterDecoder() {
    }

    /** Per thread, the 3-byte image the last JPEG was decoded into, for the next one of the same size. */
    private static final ThreadLocal<BufferedImage> REUSABLE = new ThreadLocal<>();

    /**
     * The decoded pixels, as the reader gives them (any colour model). A JPEG decoded to 3-byte pixels goes into the
     * image the previous JPEG of the same size went into on this thread: the result is only valid until the next call
     * on the same thread. A camera's photographs share one size, and not allocating 18 MB for each 3000 × 2000 one
     * halves the collections of a book of photographs (BENCHMARKS.md).
     */
    static BufferedImage decode(byte[] data, ImageFormat format) throws ImageRejection {
        return decode(data, format, true);
    }

    private static BufferedImage decode(byte[] data, ImageFormat format, boolean reuse) throws ImageRejection {
        ImageReader reader = reader(format, format == ImageFormat.JPEG && JpegSegments.plainYCbCr(data));
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        // in memory: ImageIO's default stream cache would write temporary files
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            // metadata ignored: text chunks and EXIF are never parsed by ImageIO (see PngChunks, JpegSegments)
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkSize(width, height);
            if (format == ImageFormat.JPEG && !JpegSegments.complete(data)) {
                throw ImageRejection.undecodable("the file is truncated: its end is missing");
            }
            ImageReadParam param = format == ImageFormat.JPEG && reuse ? reusingDestination(reader, width, height) : null;
            BufferedImage image = reader.read(0, param);
            for (String warning : warnings) {
                if (warning.toLowerCase(Locale.ROOT).contains("premature")) {
                    throw ImageRejection.undecodable("the file is truncated: " + warning);
                }
            }
            if (param != null && param.getDestination() != null && !warnings.isEmpty()) {
                // damaged data: decoded again into an image of its own, so that no row the decoder may have skipped can
                // show the previous photograph's pixels
                return decode(data, format, false);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw ImageRejection.undecodable(describe(e));
        } finally {
            reader.dispose();
        }
    }

    private static ImageReadParam reusingDestination(ImageReader reader, int width, int height) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        if (!types.hasNext() || types.next().getBufferedImageType() != BufferedImage.TYPE_3BYTE_BGR) {
            return param; // CMYK, YCCK, grey: the reader's own image
        }
        BufferedImage reusable = REUSABLE.get();
        if (reusable == null || reusable.getWidth() != width || reusable.getHeight() != height) {
            reusable = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            REUSABLE.set(reusable);
        } else if (!reader.getClass().getName().startsWith("com.sun.imageio.")) {
            // another reader might fill less than the whole image: never let another photograph's pixels show there.
            // The JDK's writes every row of an image it decodes without a warning (libjpeg makes up the rows of missing
            // data, and says so), so its destination is not cleared first (18 MB a photograph: 10 ms each)
            Arrays.fill(((DataBufferByte) reusable.getRaster().getDataBuffer()).getData(), (byte) 0);
        }
        param.setDestination(reusable);
        return param;
    }

    /** Refuses, before any pixel is decoded, a declared size whose pixels would not fit in memory safely. */
    static void checkSize(int width, int height) throws ImageRejection {
        if (width <= 0 || height <= 0) {
            throw ImageRejection.undecodable("it declares no pixel size");
        }
        if ((long) width * height > ImagePreparer.MAX_PIXELS) {
            throw new ImageRejection(MessageId.IMG_005, String.valueOf(width), String.valueOf(height),
                    String.valueOf(ImagePreparer.MAX_PIXELS / 1_000_000));
        }
    }

    /**
     * TwelveMonkeys' reader for JPEG (it reads CMYK, YCCK and ICC profiles), the JDK's for PNG and for plain YCbCr
     * JPEGs, which the JDK's reads alike and 15 % faster (TwelveMonkeys wraps it; 46 against 54 ms a 3000 × 2000 photograph).
     */
    private static ImageReader reader(ImageFormat format, boolean plain) throws ImageRejection {
        String wanted = format == ImageFormat.JPEG && !plain ? "com.twelvemonkeys." : "com.sun.imageio.";
        ImageReader fallback = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(format.name()); it.hasNext(); ) {
            ImageReader candidate = it.next();
            if (candidate.getClass().getName().startsWith(wanted)) {
                return candidate;
            }
            fallback = fallback == null ? candidate : fallback;
        }
        if (fallback == null) {
            throw ImageRejection.undecodable("no " + format + " decoder is installed");
        }
        return fallback;
    }

    /** The most telling message of an exception chain, short enough for one report line. */
    static String describe(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null && message == null; t = t.getCause()) {
            message = t.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null) {
            message = message + ": " + root.getMessage();
        } else if (message == null) {
            message = root.getClass().getSimpleName();
        }
        return message.length() > 160 ? message.substring(0, 157) + "..." : message;
    }
}
