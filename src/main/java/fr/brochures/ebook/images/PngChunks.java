package fr.brochures.ebook.images;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The two PNG chunks that change how pixels look: iCCP (colour profile) and eXIf (orientation). Read by walking the
 * chunk list ourselves so that ImageIO can decode pixels with metadata ignored: its metadata reader inflates every
 * text chunk whole, which a few kilobytes of zTXt can turn into gigabytes.
 */
record PngChunks(Optional<byte[]> iccProfile, Optional<byte[]> exif) {

    /** A real ICC profile is at most a few megabytes; anything inflating past this is not one. */
    static final int MAX_PROFILE_BYTES = 4 << 20;

    /** The chunks of a PNG file; a damaged chunk list ends the walk (the decoder reports damage). */
    static PngChunks read(byte[] png) {
        byte[] icc = null;
        byte[] exif = null;
        int i = 8;
        while (i + 12 <= png.length) {
            long length = ((png[i] & 0xFFL) << 24) | ((png[i + 1] & 0xFF) << 16) | ((png[i + 2] & 0xFF) << 8) | (png[i + 3] & 0xFF);
            String type = new String(png, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int start = i + 8;
            if (length > png.length - start - 4L || type.equals("IEND")) {
                break;
            }
            if (type.equals("iCCP") && icc == null) {
                icc = inflateProfile(png, start, (int) length);
            } else if (type.equals("eXIf") && exif == null) {
                exif = java.util.Arrays.copyOfRange(png, start, start + (int) length);
            }
            i = start + (int) length + 4;
        }
        return new PngChunks(Optional.ofNullable(icc), Optional.ofNullable(exif));
    }

    /** iCCP holds a name (1–79 bytes), a NUL, a compression method (0: zlib) and the compressed profile. */
    private static byte[] inflateProfile(byte[] png, int start, int length) {
        int nul = start;
        while (nul < start + length && png[nul] != 0) {
            nul++;
        }
        int data = nul + 2;
        if (nul >= start + length || data > start + length || png[nul + 1] != 0) {
            return null;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(png, data, start + length - data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_PROFILE_BYTES) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }
}
