package fr.brochures.ebook.preview;

import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.report.Problem;

import java.util.List;

/**
 * One build of the book, made in memory, as the preview needs it. The command line gives it (the same builder each
 * time, so its template engine and caches stay warm); the preview itself knows no builder, only what a build made.
 */
@FunctionalInterface
public interface PreviewBuild {

    /** Builds the book once, writing nothing. */
    Outcome run();

    /**
     * What one build gave: whether it succeeded, its outputs (files in memory; none when it failed), every problem it
     * found, and how long it took.
     */
    record Outcome(boolean succeeded, List<Output> outputs, List<Problem> problems, double seconds) {

        public Outcome {
            outputs = List.copyOf(outputs);
            problems = List.copyOf(problems);
        }
    }
}
