package fr.brochures.ebook.images;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /** A marker segment: its marker, where it starts (at its 0xFF byte) and its length field (0 for SOS and EOI). */
    private record Segment(int marker, int at, int length) {
    }

    private JpegSegments() {
    }

    /**
     * The segments of the header in order, up to and including the first SOS or EOI marker; the walk stops early, and
     * the list then ends with neither, at bytes that are not a marker or at a length that cannot be.
     */
    private static List<Segment> header(byte[] data) {
        List<Segment> segments = new ArrayList<>();
        int i = 2;
        while (i + 4 <= data.length && (data[i] & 0xFF) == 0xFF) {
            int marker = data[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte before a marker
                continue;
            }
            if (marker == SOS || marker == EOI) {
                segments.add(new Segment(marker, i, 0));
                break;
            }
            int length = ((data[i + 2] & 0xFF) << 8) | (data[i + 3] & 0xFF);
            if (length < 2) {
                break;
            }
            segments.add(new Segment(marker, i, length));
            i += 2 + length;
        }
        return segments;
    }

    /** The TIFF block of the first EXIF APP1 segment (after its "Exif\0\0" header). */
    static Optional<byte[]> exif(byte[] data) {
        for (Segment segment : header(data)) {
            if (segment.marker() == APP1 && segment.length() >= 8 && startsWith(data, segment.at() + 4, "Exif\0\0")) {
                int start = segment.at() + 10;
                return Optional.of(Arrays.copyOfRange(data, start, Math.min(data.length, segment.at() + 2 + segment.length())));
            }
        }
        return Optional.empty();
    }

    /**
     * True for the most common JPEG: 8-bit samples in three components numbered 1, 2, 3 (YCbCr), Huffman-coded
     * (baseline, extended or progressive), without an Adobe APP14 segment (which marks CMYK, YCCK or untransformed RGB)
     * or an ICC profile, before a first scan.
     */
    static boolean plainYCbCr(byte[] data) {
        List<Segment> segments = header(data);
        if (segments.isEmpty() || segments.get(segments.size() - 1).marker() != SOS) {
            return false;
        }
        boolean plainFrame = false;
        for (Segment segment : segments) {
            int at = segment.at();
            switch (segment.marker()) {
                case APP14 -> {
                    if (startsWith(data, at + 4, "Adobe")) {
                        return false;
                    }
                }
                case APP2 -> {
                    if (startsWith(data, at + 4, "ICC_PROFILE\0")) {
                        return false;
                    }
                }
                // SOF: length, precision, height, width, component count, then 3 bytes a component, its id first
                case SOF0, SOF1, SOF2 -> plainFrame = at + 17 <= data.length && data[at + 4] == 8 && data[at + 9] == 3
                        && data[at + 10] == 1 && data[at + 13] == 2 && data[at + 16] == 3;
                default -> {
                    if (segment.marker() >= 0xC3 && segment.marker() <= 0xCF && segment.marker() != 0xC4
                            && segment.marker() != 0xC8 && segment.marker() != 0xCC) {
                        return false; // lossless, hierarchical or arithmetic-coded frames
                    }
                }
            }
        }
        return plainFrame;
    }

    /**
     * True when an end-of-image marker follows the first scan. Decoders do not fail on a truncated JPEG: they warn and
     * paint the missing rows grey, so truncation is checked here. Inside scan data every 0xFF byte is followed by 0x00 or
     * a restart marker, so FF D9 after the scan start can only be the real end (an EXIF thumbnail's own end comes before).
     */
    static boolean complete(byte[] data) {
        List<Segment> segments = header(data);
        if (segments.isEmpty() || segments.get(segments.size() - 1).marker() != SOS) {
            return false;
        }
        int scan = segments.get(segments.size() - 1).at();
        for (int i = data.length - 2; i > scan; i--) {
            if ((data[i] & 0xFF) == 0xFF && (data[i + 1] & 0xFF) == EOI) {
                return true;
            }
        }
        return false;
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
