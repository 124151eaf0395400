package fr.brochures.ebook.transform;

import fr.brochures.ebook.images.ImageProgress;
import fr.brochures.ebook.images.PendingImages;
import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.model.ManuscriptChapter;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;

import java.util.List;

/**
 * Turns a loaded project into the read-only manuscript: the chapters transformed and checked in one pass, the images
 * they use set preparing on threads of their own, the stylesheets read and checked. Stops the build when the chapters
 * have errors (or warnings, when strict).
 */
public final class ManuscriptMaker {

    private final BuildReport report;
    private final boolean strict;
    private final int maxImageEdge;
    private final ImageProgress imageProgress;

    public ManuscriptMaker(BuildReport report, boolean strict, int maxImageEdge) {
        this(report, strict, maxImageEdge, ImageProgress.NONE);
    }

    /** The same, telling {@code imageProgress} as each image is prepared. */
    public ManuscriptMaker(BuildReport report, boolean strict, int maxImageEdge, ImageProgress imageProgress) {
        this.report = report;
        this.strict = strict;
        this.maxImageEdge = maxImageEdge;
        this.imageProgress = imageProgress;
    }

    public Manuscript make(BookProject project) {
        Labels labels = Labels.of(project.metadata().language(), project.metadata().labels());
        if (!labels.speaks(project.metadata().language())) {
            report.warning(MessageId.LANG_001, Location.of(ProjectLoader.METADATA_FILE), project.metadata().language());
        }
        Endnotes endnotes = new Endnotes();
        ImageCatalog images = new ImageCatalog();
        List<Chapter> chapters = new ChapterPass(new TransformContext(project, report, labels, endnotes, images)).run();
        report.stopIfFailed(strict);
        PendingImages prepared = PendingImages.start(images.embedded(), project.cover(), ProjectLoader.COVER_FILE,
                maxImageEdge, report, strict, imageProgress);
        return new Manuscript(project, MetadataTypography.apply(project.metadata()), labels, finished(chapters, labels, project), endnotes.all(),
                images.awaited(), StylesheetReading.read(project, report), prepared, StylesheetReading.pageHrefs(project),
                endnotes.href());
    }

    /** The chapters finished for the renderers, their hgroups' parts joined by the language's colon in the contents. */
    private static List<ManuscriptChapter> finished(List<Chapter> chapters, Labels labels, BookProject project) {
        String separator = labels.get("colon") + " ";
        int depth = project.metadata().tocDepth();
        return chapters.parallelStream().map(chapter -> ManuscriptChapter.of(chapter, separator, depth)).toList();
    }
}
