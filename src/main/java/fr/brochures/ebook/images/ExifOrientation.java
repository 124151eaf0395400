package fr.brochures.ebook.images;

/**
 * Finds the EXIF orientation (1–8) of a JPEG or PNG. Parsed by hand on purpose: only one tag of IFD0 is needed, and a
 * few bounds-checked reads cannot be tricked into reading a whole hostile metadata block the way a full parser can.
 */
final class ExifOrientation {

    /** Stored pixels are already upright. */
    static final int NORMAL = 1;

    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TYPE_SHORT = 3;

    private ExifOrientation() {
    }

    /** The orientation in the file's first EXIF block, or {@link #NORMAL} when there is none or it is unreadable. */
    static int of(byte[] data, ImageFormat format) {
        return switch (format) {
            case JPEG -> JpegSegments.exif(data).map(ExifOrientation::ofTiff).orElse(NORMAL);
            case PNG -> PngChunks.read(data).exif().map(ExifOrientation::ofTiff).orElse(NORMAL);
            default -> NORMAL;
        };
    }

    /** The orientation tag of IFD0 in a TIFF-structured EXIF block. */
    static int ofTiff(byte[] tiff) {
        if (tiff.length < 8) {
            return NORMAL;
        }
        boolean little = tiff[0] == 'I' && tiff[1] == 'I';
        if (!little && !(tiff[0] == 'M' && tiff[1] == 'M')) {
            return NORMAL;
        }
        long ifd = u32(tiff, 4, little);
        if (ifd < 8 || ifd + 2 > tiff.length) {
            return NORMAL;
        }
        int entries = u16(tiff, (int) ifd, little);
        for (int n = 0; n < entries; n++) {
            int entry = (int) ifd + 2 + 12 * n;
            if (entry + 12 > tiff.length) {
                break;
            }
            if (u16(tiff, entry, little) == TAG_ORIENTATION && u16(tiff, entry + 2, little) == TYPE_SHORT) {
                int value = u16(tiff, entry + 8, little);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int u16(byte[] b, int at, boolean little) {
        if (at + 2 > b.length) {
            return 0;
        }
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return little ? (y << 8) | x : (x << 8) | y;
    }

    private static long u32(byte[] b, int at, boolean little) {
        if (at + 4 > b.length) {
            return 0;
        }
        long hi = u16(b, little ? at + 2 : at, little);
        long lo = u16(b, little ? at : at + 2, little);
        return (hi << 16) | lo;
    }
}
