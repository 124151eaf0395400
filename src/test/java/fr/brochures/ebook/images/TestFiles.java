package fr.brochures.ebook.images;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Builds test images byte by byte (segments, chunks, EXIF blocks), so that no binary fixture is needed. */
final class TestFiles {

    private TestFiles() {
    }

    static BufferedImage filled(int w, int h, int rgb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    /** A smooth gradient: compresses fast, shows resampling errors. */
    static BufferedImage gradient(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, ((x * 255 / w) << 16) | ((y * 255 / h) << 8) | 128);
            }
        }
        return image;
    }

    static byte[] jpeg(BufferedImage image) {
        return write("jpeg", new IIOImage(image, null, null));
    }

    /** A JPEG of raw 4-band samples (the JDK writer stores them as they are, with no colour marker). */
    static byte[] jpeg(Raster raster) {
        return write("jpeg", new IIOImage(raster, null, null));
    }

    static byte[] png(BufferedImage image) {
        return write("png", new IIOImage(image, null, null));
    }

    private static byte[] write(String format, IIOImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        ImageWriter writer = writers.next();
        while (!writer.getClass().getName().startsWith("com.sun.") && writers.hasNext()) {
            writer = writers.next();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, image, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static BufferedImage read(byte[] data) {
        try {
            return ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- JPEG segments

    /** A marker segment: FF marker, 2-byte length (counting itself), payload. */
    static byte[] segment(int marker, byte[]... parts) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            payload.writeBytes(part);
        }
        int length = payload.size() + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload.toByteArray());
        return out.toByteArray();
    }

    /** The JPEG with segments inserted right after SOI. */
    static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The markers of the header (before the first scan), e.g. 0xE0 for APP0. */
    static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length) {
            int marker = jpeg[i + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return markers;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An APP1 EXIF segment with camera make, model, serial number, date, orientation and GPS position. */
    static byte[] exifSegment(int orientation) {
        return segment(0xE1, ascii("Exif\0\0"), exifTiff(orientation));
    }

    /** A big-endian TIFF block: IFD0 at 8, the EXIF sub-IFD at 300, the GPS sub-IFD at 400. */
    static byte[] exifTiff(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(600);
        b.put(ascii("MM")).putShort((short) 42).putInt(8);
        ifd(b, 8, new Object[][] {
                {0x010F, 2, ascii("Canon\0")},
                {0x0110, 2, ascii("Canon EOS 5D Mark IV\0")},
                {0x0112, 3, new byte[] {0, (byte) orientation}},
                {0x0132, 2, ascii("2024:05:01 12:34:56\0")},
                {0x8769, 4, new byte[] {0, 0, 1, 44}},
                {0x8825, 4, new byte[] {0, 0, 1, (byte) 144}}});
        ifd(b, 300, new Object[][] {{0xA431, 2, ascii("SERIAL-4242-SECRET\0")}});
        ifd(b, 400, new Object[][] {
                {0x0001, 2, ascii("N\0")},
                {0x0002, 5, rationals(43, 1, 20, 1, 5, 1)},
                {0x0003, 2, ascii("E\0")},
                {0x0004, 5, rationals(76, 1, 57, 1, 0, 1)}});
        return b.array();
    }

    private static byte[] rationals(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    /** One IFD at {@code at}: entries {tag, type, value bytes}; values longer than 4 bytes go right after it. */
    private static void ifd(ByteBuffer b, int at, Object[][] entries) {
        int data = at + 2 + 12 * entries.length + 4;
        b.position(at);
        b.putShort((short) entries.length);
        for (Object[] entry : entries) {
            int type = (Integer) entry[1];
            byte[] value = (byte[]) entry[2];
            int unit = switch (type) {
                case 3 -> 2;
                case 4 -> 4;
                case 5 -> 8;
                default -> 1;
            };
            b.putShort((short) (int) (Integer) entry[0]).putShort((short) type).putInt(value.length / unit);
            if (value.length <= 4) {
                b.put(value).put(new byte[4 - value.length]);
            } else {
                b.putInt(data);
                b.put(data, value);
                data += value.length + (value.length & 1);
            }
        }
        b.putInt(0);
    }

    // ---- PNG chunks

    static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(ascii(type)).put(data);
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** The PNG with chunks inserted right after IHDR (8-byte signature + 25-byte IHDR). */
    static byte[] withChunks(byte[] png, byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        int i = 8;
        while (i + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, i, 4).getInt();
            types.add(new String(png, i + 4, 4, StandardCharsets.ISO_8859_1));
            i += 12 + length;
        }
        return types;
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 1024];
        int n = deflater.deflate(buffer);
        deflater.end();
        return java.util.Arrays.copyOf(buffer, n);
    }

    static boolean contains(byte[] data, String ascii) {
        byte[] needle = ascii(ascii);
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (data[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
