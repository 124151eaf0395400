package fr.brochures.ebook.images;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Prepared images kept between builds, one file per input (named by the SHA-256 of its bytes and the settings), so that
 * rebuilding after a text change does not decode and re-encode every photograph again. Beside them, in {@code files/},
 * what a source file's state (path, size, times, inode) last hashed to: an unchanged photograph is then not even read
 * and hashed again (as git's index does). A cache problem is never an error: the image is then simply prepared again.
 */
final class ImageCache {

    /**
     * Part of every key: change it whenever preparation gives other bytes or refuses what it accepted (3: SVGs nested
     * too deep), so that older entries are not found and every image is prepared, and checked, under the new rules.
     */
    static final String VERSION = "ebook-images-3";

    private static final String MAGIC = "EBIC2";

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    /**
     * A file changed again within its file system's timestamp resolution (2 s on FAT) keeps the same times: a state is
     * only remembered for files untouched for longer than that, and the bytes are hashed until then ("racy git").
     */
    static final Duration SETTLED = Duration.ofSeconds(3);

    private final Path dir;
    private final Duration settled;

    ImageCache(Path dir) {
        this(dir, SETTLED);
    }

    /** A cache remembering the state of files untouched for {@code settled} (tests use zero). */
    ImageCache(Path dir, Duration settled) {
        this.dir = dir;
        this.settled = settled;
    }

    /** The key of an input prepared with a longest edge of {@code maxEdge}. */
    static String key(byte[] data, int maxEdge) {
        return key(data, maxEdge + "");
    }

    /** The key of a prepared image's smaller copy {@code width} pixels wide at most ({@link ScaledCopy}). */
    static String scaledCopyKey(byte[] prepared, int width) {
        return key(prepared, "copy " + width);
    }

    private static String key(byte[] data, String settings) {
        MessageDigest digest = sha256();
        digest.update((VERSION + "\n" + settings + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(data));
    }

    /** The SHA-256 of a prepared image's bytes, as lowercase hex: what the keys of its copies are made from. */
    static String contentDigest(byte[] prepared) {
        return HexFormat.of().formatHex(sha256().digest(prepared));
    }

    /**
     * The key of a copy of a prepared image at most {@code maxWidth} pixels wide in its own format (the web edition's
     * smaller images), from the image's {@link #contentDigest}: another text hashed in than {@link #key}'s, so a copy
     * never answers for a prepared image.
     */
    static String copyKey(String contentDigest, int maxWidth) {
        return HexFormat.of().formatHex(sha256().digest((VERSION + "\ncopy\n" + maxWidth + "\n" + contentDigest)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The file's state: everything that changes when its bytes do. The inode change time (ctime) cannot be set back by
     * a program restoring the modification time, so a file rewritten with the same size and mtime still differs.
     */
    static Optional<String> state(Path file, int maxEdge) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(String.join("\n", VERSION, String.valueOf(maxEdge), file.toAbsolutePath().normalize().toString(),
                    String.valueOf(attributes.size()), String.valueOf(attributes.lastModifiedTime().toInstant()),
                    String.valueOf(unixCtime(file)), String.valueOf(attributes.fileKey())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The inode change time, or "-" on a file system without one (size, mtime and file key still tell most changes). */
    private static Object unixCtime(Path file) throws IOException {
        try {
            return Files.getAttribute(file, "unix:ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return "-";
        }
    }

    /** The key the file hashed to when it was last seen in this state, if its entry is still there. */
    Optional<String> knownKey(String state) {
        try {
            String key = Files.readString(stateFile(state), StandardCharsets.US_ASCII).strip();
            return KEY.matcher(key).matches() && Files.isRegularFile(entryFile(key)) ? Optional.of(key) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Remembers that the file in {@code state} (taken before its bytes were read) hashed to {@code key}, if it is still
     * in that state and has not been touched for a while (see {@link #SETTLED}).
     */
    void remember(Path file, int maxEdge, String state, String key) {
        if (state(file, maxEdge).filter(state::equals).isPresent() && untouchedSince(file, Instant.now().minus(settled))) {
            writeAtomically(stateFile(state), key.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static boolean untouchedSince(Path file, Instant limit) {
        try {
            return !Files.getLastModifiedTime(file).toInstant().isAfter(limit)
                    && !(unixCtime(file) instanceof FileTime ctime && ctime.toInstant().isAfter(limit));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The cached image, if a whole and intact entry exists. */
    Optional<PreparedImage> get(String key) {
        Path file = entryFile(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (!MAGIC.equals(in.readUTF())) {
                return Optional.empty();
            }
            String mediaType = in.readUTF();
            int width = in.readInt();
            int height = in.readInt();
            long originalBytes = in.readLong();
            byte[] data = new byte[in.readInt()];
            in.readFully(data);
            if (in.readLong() != crc32(data)) {
                return Optional.empty(); // damaged on disk: prepare again
            }
            return Optional.of(new PreparedImage(data, mediaType, width, height, originalBytes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores an entry atomically (written aside, then moved), so a build stopped midway never leaves half a file. */
    void put(String key, PreparedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(MAGIC);
                out.writeUTF(image.mediaType());
                out.writeInt(image.width());
                out.writeInt(image.height());
                out.writeLong(image.originalBytes());
                out.writeInt(image.data().length);
                out.write(image.data());
                // against damage on disk, as in a zip file; SHA-256 would cost 7 ms a megabyte in a short run (no JIT)
                out.writeLong(crc32(image.data()));
            }
            writeAtomically(entryFile(key), bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            // no cache this time; the build goes on
        }
    }

    private Path entryFile(String key) {
        return dir.resolve(key + ".bin");
    }

    private Path stateFile(String state) {
        return dir.resolve("files").resolve(HexFormat.of().formatHex(sha256().digest(state.getBytes(StandardCharsets.UTF_8))));
    }

    private static void writeAtomically(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                Files.write(temporary, content);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            // no cache this time; the build goes on
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static long crc32(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
