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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Prepared images kept between builds, one file per input (named by the SHA-256 of its bytes and the settings), so that
 * rebuilding after a text change does not decode and re-encode every photograph again. A cache problem is never an
 * error: the image is then simply prepared again.
 */
final class ImageCache {

    /** Part of every key: change it whenever preparation gives other bytes, so that older entries are not found. */
    static final String VERSION = "ebook-images-1";

    private static final String MAGIC = "EBIC1";

    private final Path dir;

    ImageCache(Path dir) {
        this.dir = dir;
    }

    /** The key of an input prepared with a longest edge of {@code maxEdge}. */
    static String key(byte[] data, int maxEdge) {
        MessageDigest digest = sha256();
        digest.update((VERSION + "\n" + maxEdge + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(data));
    }

    /** The cached image, if a whole and intact entry exists. */
    Optional<PreparedImage> get(String key) {
        Path file = dir.resolve(key + ".bin");
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
            byte[] checksum = new byte[32];
            in.readFully(checksum);
            if (!Arrays.equals(checksum, sha256().digest(data))) {
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
                out.write(sha256().digest(image.data()));
            }
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, key, ".tmp");
            try {
                Files.write(temporary, bytes.toByteArray());
                move(temporary, dir.resolve(key + ".bin"));
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
