package fr.brochures.ebook.images;

import fr.brochures.ebook.report.BuildReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A book's images prepared on threads of their own, one per core (each image is independent), while the build goes on
 * with its text: decoding and scaling photographs takes longer than rendering the pages, serialising the chapters and
 * converting them for Kobo. Each image has its own report; {@link #await} gives results and reports in the order the
 * images were given, whatever the threads did first, so the build's output never depends on them.
 */
public final class ImageBatch {

    /** An image file and the name the build's messages show for it. */
    public record Source(Path file, String shownName) {
    }

    /**
     * The prepared images in the order given (null where an image could not be prepared), the cover, their reports, and
     * the seconds from the start until the last image was prepared.
     */
    public record Result(List<PreparedImage> figures, PreparedImage cover, List<BuildReport> reports, double seconds) {
    }

    private final List<Future<PreparedImage>> prepared;
    private final List<BuildReport> reports;
    private final Counter counter;

    private ImageBatch(List<Future<PreparedImage>> prepared, List<BuildReport> reports, Counter counter) {
        this.prepared = prepared;
        this.reports = reports;
        this.counter = counter;
    }

    /** Starts preparing the figures' images, then the cover (see {@link ImagePreparer#prepareCover}). */
    public static ImageBatch start(List<Source> figures, Source cover, int maxEdge, Path cacheDir) {
        return start(figures, cover, maxEdge, cacheDir, ImageProgress.NONE);
    }

    /** The same, telling {@code progress} as each image is prepared. */
    public static ImageBatch start(List<Source> figures, Source cover, int maxEdge, Path cacheDir, ImageProgress progress) {
        List<Future<PreparedImage>> prepared = new ArrayList<>();
        List<BuildReport> reports = new ArrayList<>();
        Counter counter = new Counter(figures.size() + 1, progress);
        ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "image-preparation");
            thread.setDaemon(true); // a failed build does not wait for them
            return thread;
        });
        try {
            for (Source figure : figures) {
                ImagePreparer preparer = preparer(maxEdge, cacheDir, reports);
                prepared.add(threads.submit(() -> counter.counted(preparer.prepare(figure.file(), figure.shownName()))));
            }
            ImagePreparer preparer = preparer(maxEdge, cacheDir, reports);
            prepared.add(threads.submit(() -> counter.counted(preparer.prepareCover(cover.file(), cover.shownName()))));
        } finally {
            threads.shutdown(); // the threads end once the queue is done
        }
        return new ImageBatch(prepared, reports, counter);
    }

    /**
     * Counts the images prepared and tells the progress, one thread at a time so that the counts arrive in order; an
     * image is counted before its result is handed over, so that {@link #await} returns after the last count.
     */
    private static final class Counter {

        private final int total;
        private final ImageProgress progress;
        private final long start = System.nanoTime();
        private int done;
        private long lastDone = start;

        Counter(int total, ImageProgress progress) {
            this.total = total;
            this.progress = progress;
            progress.prepared(0, total);
        }

        synchronized PreparedImage counted(PreparedImage image) {
            done++;
            lastDone = System.nanoTime();
            progress.prepared(done, total);
            return image;
        }

        synchronized double seconds() {
            return (lastDone - start) / 1e9;
        }
    }

    private static ImagePreparer preparer(int maxEdge, Path cacheDir, List<BuildReport> reports) {
        BuildReport report = new BuildReport();
        reports.add(report);
        return new ImagePreparer(report, maxEdge, cacheDir);
    }

    /** Waits for every image. */
    public Result await() {
        List<PreparedImage> all = prepared.stream().map(ImageBatch::awaited).toList();
        return new Result(all.subList(0, all.size() - 1), all.get(all.size() - 1), reports, counter.seconds());
    }

    /** An image's result; ImagePreparer reports problems and never throws, so what comes out here is an Error. */
    private static PreparedImage awaited(Future<PreparedImage> image) {
        try {
            return image.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while images were prepared", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
