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
}
