package fr.brochures.ebook.checks;

import fr.brochures.ebook.model.Chapter;

/**
 * One check of every chapter: it reads the chapter's tree and reports what is wrong to the context's report, and never
 * changes the tree (the tree is handed over as it is only because jsoup has no read-only view of it). A check reads
 * nothing but its own chapter, so the checks of different chapters may run at the same time.
 */
public interface ChapterCheck {

    /** A short name for messages and benchmarks. */
    String name();

    /** Reports the problems of {@code chapter} to {@code context.report()}. */
    void check(Chapter chapter, CheckContext context);
}
