package fr.brochures.ebook.images;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Image formats told apart by their content (magic bytes), not by their file name. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    SVG("image/svg+xml", "svg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    TIFF("image/tiff", "tif", "tiff"),
    BMP("image/bmp", "bmp"),
    UNKNOWN("application/octet-stream");

    private final String mediaType;
    private final String[] extensions;

    ImageFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a file name claims by its extension. */
    public static ImageFormat byName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith("." + extension)) {
                    return format;
                }
            }
        }
        return UNKNOWN;
    }

    /** The format the bytes really are. */
    public static ImageFormat sniff(byte[] data) {
        if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(data, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(data, 'R', 'I', 'F', 'F') && data.length > 12 && data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
            return WEBP;
        }
        if (startsWith(data, 'I', 'I', 42, 0) || startsWith(data, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (startsWith(data, 'B', 'M')) {
            return BMP;
        }
        // a byte order mark, then an XML declaration, a DOCTYPE, a comment or the root element itself
        String head = new String(data, 0, Math.min(data.length, 1024), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").stripLeading();
        if ((head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--") || head.startsWith("<!DOCTYPE"))
                && head.contains("<svg")) {
            return SVG;
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
