package fr.brochures.ebook.render;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One file of an output, in memory until the build writes it: where it goes and its bytes (none: remove the file there). */
public final class OutputFile {

    private final Path path;
    private final byte[] bytes;
    private String sha256;

    private OutputFile(Path path, byte[] bytes) {
        this.path = path;
        this.bytes = bytes;
    }

    /** A file to write. */
    public static OutputFile of(Path path, byte[] bytes) {
        return new OutputFile(path, bytes.clone());
    }

    /** A file an earlier build may have left that this output no longer has (a QR code without an address). */
    public static OutputFile removed(Path path) {
        return new OutputFile(path, null);
    }

    public Path path() {
        return path;
    }

    /** Whether the file is to be removed rather than written. */
    public boolean isRemoval() {
        return bytes == null;
    }

    /** The bytes to write (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    public long size() {
        return bytes.length;
    }

    /** The bytes' SHA-256 as lowercase hex, computed once. */
    public synchronized String sha256() {
        if (sha256 == null) {
            try {
                sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
        return sha256;
    }
}
