package fr.brochures.ebook.project;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Path helpers shared by loading, checks and transforms: how paths are shown, whether they stay inside the project, and
 * whether a link leaves the book.
 */
public final class ProjectPaths {

    /** Characters a file name inside an EPUB may not hold: spaces and what a URL would need to escape. */
    private static final Pattern UNSAFE_NAME = Pattern.compile("[\\s%#?\"<>|*:\\\\\\p{Cntrl}]");

    private ProjectPaths() {
    }

    /** A path relative to the project root with forward slashes, for messages. */
    public static String display(Path root, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        String shown = abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
        return shown.replace('\\', '/');
    }

    /** True when {@code path}, once normalised, is inside {@code root}. */
    public static boolean isInside(Path root, Path path) {
        return path.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize());
    }

    /**
     * {@code relative} resolved against {@code dir}, or null when it is absolute, has a scheme (file:, C:), leaves
     * {@code dir} (../), or is not a path at all on this system.
     */
    public static Path resolveInside(Path dir, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.startsWith("\\") || relative.contains("\\")
                || relative.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null;
        }
        try {
            Path path = dir.resolve(relative).normalize();
            return isInside(dir, path) && !path.equals(dir.toAbsolutePath().normalize()) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** False when {@code file} exists but is really elsewhere than under {@code dir}, through a symbolic link. */
    public static boolean staysInside(Path dir, Path file) {
        try {
            return !java.nio.file.Files.exists(file) || file.toRealPath().startsWith(dir.toRealPath());
        } catch (java.io.IOException | SecurityException e) {
            return true; // what cannot be resolved cannot be read either, and is reported when read
        }
    }

    /**
     * True for URLs that leave the book: http(s), protocol-relative, ftp. Here because the check that refuses remote
     * resources and the transform that registers images must agree on which sources are not files of the book.
     */
    public static boolean isRemote(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//") || lower.startsWith("ftp:");
    }

    /** Why a file name cannot be used inside an EPUB (e.g. it holds a space), or empty when it can. */
    public static Optional<String> unsafeName(String name) {
        var unsafe = UNSAFE_NAME.matcher(name);
        if (unsafe.find()) {
            String c = unsafe.group();
            return Optional.of(c.isBlank() ? "it holds a space" : "it holds the character '" + c + "'");
        }
        return Optional.empty();
    }

    /**
     * The path part of a URL with its %XX escapes decoded (a {@code +} stays a plus), or empty when an escape is
     * malformed or does not decode to UTF-8.
     */
    public static Optional<String> decodeUrlPath(String url) {
        if (url.indexOf('%') < 0) {
            return Optional.of(url);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '%') {
                if (i + 2 >= url.length() || Character.digit(url.charAt(i + 1), 16) < 0 || Character.digit(url.charAt(i + 2), 16) < 0) {
                    return Optional.empty();
                }
                bytes.write(Integer.parseInt(url.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < url.length()) {
                    encoded = url.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
