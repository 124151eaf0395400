package fr.brochures.ebook.images;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Prepares one image for embedding: checks its format, rebuilds JPEG and PNG from their pixels alone, cleans SVG. */
public final class ImagePreparer {

    /**
     * The most pixels an image may declare (50 megapixels: an 8660 × 5770 photograph). Checked from the header before
     * decoding, because decoding takes 4 to 8 bytes a pixel: a 100-byte PNG may declare 40000 × 40000 pixels and 6 GB.
     */
    public static final long MAX_PIXELS = 50_000_000L;

    /** The most bytes an image file may weigh: above any 50-megapixel JPEG or PNG, below what a build can hold in memory. */
    public static final long MAX_FILE_BYTES = 200L << 20;

    /**
     * The longest edge the cover keeps, whatever the limit for figures: shops and readers want it large
     * (1600 × 2400 is the recommended size, see COVER_002).
     */
    public static final int COVER_MAX_EDGE = 2400;

    private final BuildReport report;
    private final int maxEdge;
    private final ImageCache cache;

    /** A preparer scaling images down to {@code maxEdge} pixels on their longer edge, without cache. */
    public ImagePreparer(BuildReport report, int maxEdge) {
        this(report, maxEdge, (ImageCache) null);
    }

    /** The same, keeping prepared images in {@code cacheDir} (e.g. target/.image-cache) between builds; null for none. */
    public ImagePreparer(BuildReport report, int maxEdge, Path cacheDir) {
        this(report, maxEdge, cacheDir == null ? null : new ImageCache(cacheDir));
    }

    ImagePreparer(BuildReport report, int maxEdge, ImageCache cache) {
        this.report = report;
        this.maxEdge = maxEdge;
        this.cache = cache;
    }

    /** The prepared image, or null after reporting why it cannot be embedded. Never throws. */
    public PreparedImage prepare(Path file, String shownName) {
        return prepare(file, shownName, maxEdge);
    }

    /**
     * The prepared cover: a JPEG that keeps up to {@link #COVER_MAX_EDGE} px (shops and e-readers want large covers),
     * with a warning when its short side is under 1400 px (Apple Books' minimum).
     */
    public PreparedImage prepareCover(Path file, String shownName) {
        PreparedImage cover = prepare(file, shownName, Math.max(maxEdge, COVER_MAX_EDGE));
        if (cover != null && Math.min(cover.width(), cover.height()) < 1400) {
            report.warning(MessageId.COVER_002, Location.of(shownName), cover.width(), cover.height());
        }
        return cover;
    }

    private PreparedImage prepare(Path file, String shownName, int edge) {
        // a file in the state it had when it was last prepared is not read again: its entry is the prepared image
        Optional<String> state = cache == null ? Optional.empty() : ImageCache.state(file, edge);
        Optional<PreparedImage> unchanged = state.flatMap(known -> cache.knownKey(known)).flatMap(key -> cache.get(key));
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        byte[] data;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                report.error(MessageId.IMG_007, Location.of(shownName), shownName,
                        "the file weighs " + (Files.size(file) >> 20) + " MB, more than the " + (MAX_FILE_BYTES >> 20) + " MB an image may");
                return null;
            }
            data = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            report.error(MessageId.PRJ_003, Location.of(shownName), e.getMessage());
            return null;
        }
        ImageFormat claimed = ImageFormat.byName(file.getFileName().toString());
        ImageFormat actual = ImageFormat.sniff(data);
        if (actual == ImageFormat.UNKNOWN) {
            report.error(MessageId.IMG_003, Location.of(shownName), shownName, describe(claimed), "not an image");
            return null;
        }
        if (claimed != actual) {
            report.error(MessageId.IMG_003, Location.of(shownName), shownName, describe(claimed), describe(actual));
            return null;
        }
        if (actual != ImageFormat.JPEG && actual != ImageFormat.PNG && actual != ImageFormat.SVG) {
            report.error(MessageId.IMG_004, Location.of(shownName), shownName, describe(actual));
            return null;
        }
        String key = cache == null ? null : ImageCache.key(data, edge);
        Optional<PreparedImage> cached = cache == null ? Optional.empty() : cache.get(key);
        if (cached.isPresent()) {
            state.ifPresent(known -> cache.remember(file, edge, known, key));
            return cached.get();
        }
        try {
            PreparedImage prepared = actual == ImageFormat.SVG
                    ? new PreparedImage(SvgSanitizer.sanitize(data), actual.mediaType(), 0, 0, data.length)
                    : RasterPreparer.prepare(data, actual, edge);
            if (cache != null) {
                cache.put(key, prepared);
                state.ifPresent(known -> cache.remember(file, edge, known, key));
            }
            return prepared;
        } catch (ImageRejection e) {
            report.error(e.id(), e.location(shownName), e.argsFor(shownName));
            return null;
        } catch (RuntimeException e) {
            // a last guard: whatever a decoder throws, the build reports it and goes on to the next image
            report.error(MessageId.IMG_007, Location.of(shownName), shownName, RasterDecoder.describe(e));
            return null;
        }
    }

    private static String describe(ImageFormat format) {
        return format == ImageFormat.UNKNOWN ? "an unknown format" : format.name();
    }

    int maxEdge() {
        return maxEdge;
    }
}
