package fr.brochures.ebook.images;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A book's prepared images: the figures' (href in the book → image, in order of first use) and the cover. */
public record PreparedImages(Map<String, PreparedImage> figures, PreparedImage cover) {

    public PreparedImages {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** The bytes saved by preparing them, the cover's included. */
    public long bytesSaved() {
        return figures.values().stream().mapToLong(PreparedImage::bytesSaved).sum() + cover.bytesSaved();
    }
}
