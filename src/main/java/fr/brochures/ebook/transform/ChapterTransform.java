package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;

/**
 * One change to every chapter, applied in reading order; problems go to the context's report. What only reports, and
 * changes nothing, is a {@link fr.brochures.ebook.checks.ChapterCheck}.
 */
public interface ChapterTransform {

    /** A short name for messages and benchmarks. */
    String name();

    /** Changes {@code chapter} in place. */
    void apply(Chapter chapter, TransformContext context);
}
