package fr.brochures.ebook.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads what {@link DistributionArchiveIT} checks in the distribution archives and the JDK's own readers do not give:
 * the entries of a .tar.gz (the JDK has no tar reader) and the Unix modes a zip records (java.util.zip does not expose
 * the external attributes), both read from the bytes of their formats.
 */
final class ArchiveEntries {

    private ArchiveEntries() {
    }

    /** A tar entry: its mode, time and content. */
    record TarEntry(int mode, long mtime, byte[] content) {
    }

    /** Reads a (ustar or POSIX pax) .tar.gz: name → entry; pax headers are skipped. */
    static Map<String, TarEntry> readTarGz(Path file) throws IOException {
        Map<String, TarEntry> entries = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 65536)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                int mode = (int) octal(header, 100, 8);
                long size = octal(header, 124, 12);
                long mtime = octal(header, 136, 12);
                char type = (char) header[156];
                byte[] content = in.readNBytes((int) size);
                in.readNBytes((int) ((512 - size % 512) % 512));
                if (type == 'x' || type == 'g') {
                    continue;
                }
                entries.put(prefix.isEmpty() ? name : prefix + "/" + name, new TarEntry(mode, mtime, content));
            }
        }
        return entries;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String digits = text(header, offset, length).trim();
        return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    }

    /** The Unix modes a zip's central directory records (high half of the external attributes), by entry name. */
    static Map<String, Integer> zipUnixModes(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int tailLength = (int) Math.min(size, 65536 + 22);
            ByteBuffer tail = ByteBuffer.allocate(tailLength).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(tail, size - tailLength);
            int eocd = -1;
            for (int i = tailLength - 22; i >= 0; i--) {
                if (tail.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            assertTrue(eocd >= 0, "end of central directory");
            int entries = Short.toUnsignedInt(tail.getShort(eocd + 10));
            long directorySize = Integer.toUnsignedLong(tail.getInt(eocd + 12));
            long directoryOffset = Integer.toUnsignedLong(tail.getInt(eocd + 16));
            ByteBuffer directory = ByteBuffer.allocate((int) directorySize).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(directory, directoryOffset);
            Map<String, Integer> modes = new LinkedHashMap<>();
            int at = 0;
            for (int i = 0; i < entries; i++) {
                assertEquals(0x02014b50, directory.getInt(at), "central directory header");
                int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
                int external = directory.getInt(at + 38);
                byte[] name = Arrays.copyOfRange(directory.array(), at + 46, at + 46 + nameLength);
                modes.put(new String(name, StandardCharsets.UTF_8), external >>> 16);
                at += 46 + nameLength + extraLength + commentLength;
            }
            return modes;
        }
    }
}
