package fr.brochures.ebook.render;

import fr.brochures.ebook.model.Manuscript;

/**
 * Makes one output of a book (the EPUB, the Kobo edition, the download site…) from the read-only manuscript, as files in
 * memory: it never changes the manuscript and writes nothing; the build writes every output together once all are made.
 */
public interface Renderer {

    /**
     * The output's files. {@code earlier} holds the outputs of the renderers that ran before this one (a download page
     * offers the books made before it). Problems go to the build's report; a renderer that cannot go on throws
     * {@link fr.brochures.ebook.report.BuildFailedException}.
     */
    Output render(Manuscript manuscript, Outputs earlier);

    /**
     * Whether {@link #render} reads {@code earlier}. A renderer that does not may run beside the renderers before it,
     * on another core ({@link RenderingSchedule}); one that does runs once they are all done. True unless a renderer
     * says otherwise, so that a new renderer is never run too early.
     */
    default boolean readsEarlierOutputs() {
        return true;
    }
}
