package fr.brochures.ebook.images;

import fr.brochures.ebook.report.BuildReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A book's images in preparation on threads of their own ({@link ImageBatch}) while the build goes on with its text.
 * {@link #await} waits for them once, adds their problems to the build's report (in order of first use, the cover's
 * last) and gives every caller the same images.
 */
public final class PendingImages {

    private final ImageBatch batch;
    private final List<String> hrefs;
    private final BuildReport report;
    private final boolean strict;
    private PreparedImages prepared;
    private double seconds;

    private PendingImages(ImageBatch batch, List<String> hrefs, BuildReport report, boolean strict) {
        this.batch = batch;
        this.hrefs = hrefs;
        this.report = report;
        this.strict = strict;
    }

    /**
     * Starts preparing {@code figures} (file → href in the book, in order of first use, each shown in messages as
     * {@code book/<href>}) and the cover.
     */
    public static PendingImages start(Map<Path, String> figures, Path cover, String coverShownName, int maxEdge,
                                      BuildReport report, boolean strict) {
        return start(figures, cover, coverShownName, maxEdge, ImageCacheDir.get(), report, strict, ImageProgress.NONE);
    }

    /** The same, telling {@code progress} as each image is prepared. */
    public static PendingImages start(Map<Path, String> figures, Path cover, String coverShownName, int maxEdge,
                                      BuildReport report, boolean strict, ImageProgress progress) {
        return start(figures, cover, coverShownName, maxEdge, ImageCacheDir.get(), report, strict, progress);
    }

    /** The same, keeping prepared images in {@code cacheDir} instead of the user's cache folder; null for no cache. */
    public static PendingImages start(Map<Path, String> figures, Path cover, String coverShownName, int maxEdge,
                                      Path cacheDir, BuildReport report, boolean strict, ImageProgress progress) {
        List<ImageBatch.Source> sources = figures.entrySet().stream()
                .map(e -> new ImageBatch.Source(e.getKey(), "book/" + e.getValue())).toList();
        ImageBatch batch = ImageBatch.start(sources, new ImageBatch.Source(cover, coverShownName), maxEdge, cacheDir, progress);
        return new PendingImages(batch, new ArrayList<>(figures.values()), report, strict);
    }

    /** The prepared images; stops the build (BuildFailedException) when one could not be prepared. */
    public synchronized PreparedImages await() {
        if (prepared == null) {
            ImageBatch.Result result = batch.await();
            seconds = result.seconds();
            result.reports().forEach(report::addAll);
            report.stopIfFailed(strict);
            Map<String, PreparedImage> figures = new LinkedHashMap<>();
            for (int i = 0; i < hrefs.size(); i++) {
                if (result.figures().get(i) != null) {
                    figures.put(hrefs.get(i), result.figures().get(i));
                }
            }
            prepared = new PreparedImages(figures, result.cover());
        }
        return prepared;
    }

    /** The seconds from the start until the last image was prepared, once {@link #await} has returned (else 0). */
    public synchronized double seconds() {
        return seconds;
    }
}
