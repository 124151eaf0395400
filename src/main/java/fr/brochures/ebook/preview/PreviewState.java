package fr.brochures.ebook.preview;

import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;

import java.util.List;

/**
 * What the preview serves at one moment: the generation of the last build (the pages it serves carry it, and reload
 * when a build of another generation ends), the last good build's files, and, when the last build failed, its
 * problems (shown over those pages).
 */
record PreviewState(String generation, ServedFiles site, boolean failed, List<Problem> problems) {

    PreviewState {
        problems = List.copyOf(problems);
    }

    /** Before the first build: nothing to serve yet. */
    static PreviewState building(String generation) {
        return new PreviewState(generation, ServedFiles.none(), false, List.of());
    }

    /** After a good build: its files, and nothing to show over them. */
    PreviewState succeeded(String next, ServedFiles files) {
        return new PreviewState(next, files, false, List.of());
    }

    /** After a failed build: the last good files still, and the errors and warnings that stopped it. */
    PreviewState failed(String next, List<Problem> found) {
        return new PreviewState(next, site, true, found.stream().filter(p -> p.severity() != Severity.NOTE).toList());
    }
}
