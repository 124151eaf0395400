package fr.brochures.ebook.transform;

import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.report.BuildReport;

/**
 * What the chapter transforms share while the manuscript is made: the project, where problems go, the words shown to
 * readers, and the notes and images found so far (filled in reading order). The checks get a smaller context of their
 * own ({@link fr.brochures.ebook.checks.CheckContext}), with nothing to fill in.
 */
public record TransformContext(BookProject project, BuildReport report, Labels labels, Endnotes endnotes, ImageCatalog images) {

    /** The same context reporting to {@code other}: each chapter keeps its problems apart while chapters run in parallel. */
    public TransformContext reportingTo(BuildReport other) {
        return new TransformContext(project, other, labels, endnotes, images);
    }
}
