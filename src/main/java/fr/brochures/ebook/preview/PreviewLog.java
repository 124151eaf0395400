package fr.brochures.ebook.preview;

/** Where the preview tells what happened to each build: the terminal, through the command line's words. */
public interface PreviewLog {

    /** A build finished, well or with problems; {@code first} for the build the preview starts with. */
    void built(PreviewBuild.Outcome outcome, boolean first);

    /** A build failed on a bug of the builder (not a problem of the book); the preview keeps what it served. */
    void crashed(RuntimeException failure);
}
