package fr.brochures.ebook.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        return copies(image, List.of(maxWidth)).get(0);
    }

    /**
     * The copies of one image at each of {@code maxWidths}, in that order. Its bytes are hashed once for all their cache
     * keys: SHA-256 costs about 7 ms a megabyte in a short run (the JIT's first tier has no intrinsic for it), so hashing
     * a photograph once per width cost a rebuild of 100 photographs 0.3 s. The copies not in the cache are made from one
     * decoding of the image ({@link ScaledCopy#sameFormat(PreparedImage, List)}).
     *
     * @throws IllegalArgumentException when it is not a raster image (SVG)
     * @throws IOException when its pixels cannot be decoded or encoded
     */
    public List<PreparedImage> copies(PreparedImage image, List<Integer> maxWidths) throws IOException {
        if (cache == null) {
            return ScaledCopy.sameFormat(image, maxWidths);
        }
        String content = null;
        PreparedImage[] copies = new PreparedImage[maxWidths.size()];
        List<Integer> missing = new ArrayList<>();
        List<String> missingKeys = new ArrayList<>();
        for (int i = 0; i < copies.length; i++) {
            int maxWidth = maxWidths.get(i);
            if (image.width() <= maxWidth) {
                copies[i] = ScaledCopy.sameFormat(image, maxWidth);
                continue;
            }
            if (content == null) {
                content = ImageCache.contentDigest(image.data());
            }
            String key = ImageCache.copyKey(content, maxWidth);
            Optional<PreparedImage> cached = cache.get(key);
            if (cached.isPresent()) {
                copies[i] = cached.get();
            } else {
                missing.add(i);
                missingKeys.add(key);
            }
        }
        if (!missing.isEmpty()) {
            // the copies not kept yet, made from one decoding of the image
            List<PreparedImage> made = ScaledCopy.sameFormat(image, missing.stream().map(maxWidths::get).toList());
            for (int j = 0; j < made.size(); j++) {
                cache.put(missingKeys.get(j), made.get(j));
                copies[missing.get(j)] = made.get(j);
            }
        }
        return List.of(copies);
    }
}
