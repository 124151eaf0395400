package fr.brochures.ebook.images;

/** An image ready to embed: its bytes, media type, pixel size (0 for SVG), and its size before preparation. */
public record PreparedImage(byte[] data, String mediaType, int width, int height, long originalBytes) {

    /** Bytes saved by preparation (never negative). */
    public long bytesSaved() {
        return Math.max(0, originalBytes - data.length);
    }
}
