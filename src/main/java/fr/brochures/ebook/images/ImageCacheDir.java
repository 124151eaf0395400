package fr.brochures.ebook.images;

import java.nio.file.Path;

/**
 * Where prepared images are kept between builds: the user's cache folder ($XDG_CACHE_HOME or ~/.cache), never the book
 * project, so that a build writes nothing among its sources. Entries are named by content hash, so books share it safely.
 */
public final class ImageCacheDir {

    private ImageCacheDir() {
    }

    /** The cache folder, or null when the user has no home to put it in (then images are prepared every time). */
    public static Path get() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "ebook-builder", "images");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "ebook-builder", "images");
    }
}
