package fr.brochures.ebook.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Smaller copies of prepared images in their own format ({@link ScaledCopy#sameFormat}), kept in the image cache by the
 * prepared image's content and the width: a rebuild after a text correction does not decode and encode them again, as
 * it does not prepare the images again.
 */
public final class ScaledCopies {

    private final ImageCache cache;

    /** Copies kept in {@code cacheDir} (see {@link ImageCacheDir}); null for none (made every time). */
    public ScaledCopies(Path cacheDir) {
        this.cache = cacheDir == null ? null : new ImageCache(cacheDir);
    }

    /**
     * The prepared JPEG or PNG {@code image} at most {@code maxWidth} pixels wide, from the cache when it was made before.
     *
     * @throws IllegalArgumentException when it is not a raster image (SVG)
     * @throws IOException when its pixels cannot be decoded or encoded
     */
    public PreparedImage copy(PreparedImage image, int maxWidth) throws IOException {
        if (image.width() <= maxWidth) {
            return ScaledCopy.sameFormat(image, maxWidth);
        }
        String key = cache == null ? null : ImageCache.copyKey(image.data(), maxWidth);
        Optional<PreparedImage> cached = cache == null ? Optional.empty() : cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        PreparedImage copy = ScaledCopy.sameFormat(image, maxWidth);
        if (cache != null) {
            cache.put(key, copy);
        }
        return copy;
    }
}
