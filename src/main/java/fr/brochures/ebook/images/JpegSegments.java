package fr.brochures.ebook.images;

import java.util.Arrays;
import java.util.Optional;

/** Walks the marker segments of a JPEG file header, bounds-checked, without trusting any length it reads. */
final class JpegSegments {

    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int SOF0 = 0xC0;
    private static final int SOF1 = 0xC1;
    private static final int SOF2 = 0xC2;

    private JpegSegments() {
    }

    /** The TIFF block of the first EXIF APP1 segment (after its "Exif\0\0" header). */
    static Optional<byte[]> exif(byte[] data) {
        int i = 2;
        while (i + 4 <= data.length && (data[i] & 0xFF) == 0xFF) {
            int marker = data[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte before a marker
                continue;
            }
            if (marker == SOS || marker == EOI) {
                break;
            }
            int length = ((data[i + 2] & 0xFF) << 8) | (data[i + 3] & 0xFF);
            if (length < 2) {
                break;
            }
            if (marker == APP1 && length >= 8 && startsWith(data, i + 4, "Exif\0\0")) {
                return Optional.of(Arrays.copyOfRange(data, i + 10, Math.min(data.length, i + 2 + length)));
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    /**
     * True for the most common JPEG: three components numbered 1, 2, 3 (YCbCr), Huffman-coded (baseline, extended or
     * progressive), without an Adobe APP14 segment (which marks CMYK, YCCK or untransformed RGB) or an ICC profile.
     */
    static boolean plainYCbCr(byte[] data) {
        boolean adobe = false;
        boolean icc = false;
        int i = 2;
        while (i + 4 <= data.length && (data[i] & 0xFF) == 0xFF) {
            int marker = data[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == SOS || marker == EOI) {
                return false; // no frame header before the scan
            }
            int length = ((data[i + 2] & 0xFF) << 8) | (data[i + 3] & 0xFF);
            if (length < 2) {
                return false;
            }
            adobe |= marker == APP14 && startsWith(data, i + 4, "Adobe");
            icc |= marker == APP2 && startsWith(data, i + 4, "ICC_PROFILE\0");
            if (marker == SOF0 || marker == SOF1 || marker == SOF2) {
                // SOF: length, precision, height, width, component count, then 3 bytes per component (id first)
                int at = i + 9;
                return !adobe && !icc && at + 8 <= data.length && data[i + 4] == 8 && data[at] == 3
                        && data[at + 1] == 1 && data[at + 4] == 2 && data[at + 7] == 3
                        && noneLater(data, i + 2 + length);
            }
            if (marker >= 0xC3 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return false; // lossless, hierarchical or arithmetic-coded frames
            }
            i += 2 + length;
        }
        return false;
    }

    /** No Adobe or ICC segment between the frame header and the scan (they may come after the SOF). */
    private static boolean noneLater(byte[] data, int from) {
        int i = from;
        while (i + 4 <= data.length && (data[i] & 0xFF) == 0xFF) {
            int marker = data[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == SOS || marker == EOI) {
                return true;
            }
            int length = ((data[i + 2] & 0xFF) << 8) | (data[i + 3] & 0xFF);
            if (length < 2 || marker == APP14 && startsWith(data, i + 4, "Adobe") || marker == APP2 && startsWith(data, i + 4, "ICC_PROFILE\0")) {
                return false;
            }
            i += 2 + length;
        }
        return false;
    }

    /**
     * True when an end-of-image marker follows the first scan. Decoders do not fail on a truncated JPEG: they warn and
     * paint the missing rows grey, so truncation is checked here. Inside scan data every 0xFF byte is followed by 0x00 or
     * a restart marker, so FF D9 after the scan start can only be the real end (an EXIF thumbnail's own end comes before).
     */
    static boolean complete(byte[] data) {
        int scan = scanStart(data);
        if (scan < 0) {
            return false;
        }
        for (int i = data.length - 2; i > scan; i--) {
            if ((data[i] & 0xFF) == 0xFF && (data[i + 1] & 0xFF) == EOI) {
                return true;
            }
        }
        return false;
    }

    private static int scanStart(byte[] data) {
        int i = 2;
        while (i + 4 <= data.length && (data[i] & 0xFF) == 0xFF) {
            int marker = data[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == SOS) {
                return i;
            }
            int length = ((data[i + 2] & 0xFF) << 8) | (data[i + 3] & 0xFF);
            if (length < 2 || marker == EOI) {
                return -1;
            }
            i += 2 + length;
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, int at, String ascii) {
        if (at + ascii.length() > data.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (data[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
