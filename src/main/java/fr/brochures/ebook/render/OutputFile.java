package fr.brochures.ebook.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file of an output, in memory until the build writes it: where it goes and its bytes (none: remove the file there).
 * The bytes are held as given, never copied: a book with photographs weighs tens of megabytes, and the EPUB, its copy
 * on the download site and EPUBCheck's temporary file all read the same array.
 */
public final class OutputFile {

    /** What a checksum file's name adds to its file's: {@code book.epub.sha256}. */
    public static final String CHECKSUM_SUFFIX = ".sha256";

    private final Path path;
    private final byte[] bytes;
    private String sha256;

    private OutputFile(Path path, byte[] bytes, String sha256) {
        this.path = path;
        this.bytes = bytes;
        this.sha256 = sha256;
    }

    /** A file to write; the array is the file's from now on, and nobody changes it. */
    public static OutputFile of(Path path, byte[] bytes) {
        return new OutputFile(path, bytes, null);
    }

    /** A file an earlier build may have left that this output no longer has (a QR code without an address). */
    public static OutputFile removed(Path path) {
        return new OutputFile(path, null, null);
    }

    /** The checksum file's place beside {@code file}, as {@code sha256sum -c} expects it. */
    public static Path checksumPath(Path file) {
        return file.resolveSibling(file.getFileName() + CHECKSUM_SUFFIX);
    }

    public Path path() {
        return path;
    }

    /** Whether the file is to be removed rather than written. */
    public boolean isRemoval() {
        return bytes == null;
    }

    /** The bytes to write (a copy: for reading them, not for writing them out, see {@link #writeTo}). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Writes the bytes to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    public long size() {
        return bytes.length;
    }

    /** The same bytes at another place (the download site's copy of a book), sharing the array and the checksum. */
    public OutputFile copyTo(Path other) {
        return new OutputFile(other, bytes, sha256);
    }

    /** Its checksum file beside it: {@code <sha256>  <name>}, the line {@code sha256sum -c} reads. */
    public OutputFile checksumFile() {
        String line = sha256() + "  " + path.getFileName() + "\n";
        return of(checksumPath(path), line.getBytes(StandardCharsets.UTF_8));
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
