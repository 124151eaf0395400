package fr.brochures.ebook.images;

/**
 * Told how far the preparation of a book's images has gone, for a progress line on a terminal: once when it starts
 * ({@code done} 0), then once per image prepared, in increasing order, the last call with {@code done == total}. Calls
 * come from the threads preparing the images, one at a time. It lives here and is implemented by whoever shows it
 * (the command line), so that the images know nothing of how progress is shown.
 */
@FunctionalInterface
public interface ImageProgress {

    /** Shows nothing. */
    ImageProgress NONE = (done, total) -> {
    };

    /** {@code done} of the {@code total} images (the cover counted) are prepared. */
    void prepared(int done, int total);
}
