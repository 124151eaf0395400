package fr.brochures.ebook.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file, so that people who download the book can check they got the published bytes. */
public final class Checksums {

    private Checksums() {
    }

    /** Writes {@code FILE.sha256} beside {@code file} in the format {@code sha256sum -c} reads; returns the hash. */
    public static String writeBeside(Path file) throws IOException {
        String hash = sha256(file);
        Path target = file.resolveSibling(file.getFileName() + ".sha256");
        AtomicFile.write(target, out -> out.write((hash + "  " + file.getFileName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return hash;
    }

    /** The file's SHA-256 as lowercase hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
