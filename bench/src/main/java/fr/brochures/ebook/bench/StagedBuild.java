package fr.brochures.ebook.bench;

import fr.brochures.ebook.BookBuilder;
import fr.brochures.ebook.BuildOptions;
import fr.brochures.ebook.epub.EpubRenderer;
import fr.brochures.ebook.images.PendingImages;
import fr.brochures.ebook.kobo.KoboRenderer;
import fr.brochures.ebook.images.ImageProgress;
import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.model.ManuscriptChapter;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.project.BookFiles;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.ChapterFile;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.project.TextFiles;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.Outputs;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.checks.ChapterCheck;
import fr.brochures.ebook.checks.CheckContext;
import fr.brochures.ebook.checks.LinkCheck;
import fr.brochures.ebook.transform.ChapterPass;
import fr.brochures.ebook.transform.ChapterTransform;
import fr.brochures.ebook.transform.ManuscriptMaker;
import fr.brochures.ebook.transform.MetadataTypography;
import fr.brochures.ebook.transform.StylesheetReading;
import fr.brochures.ebook.transform.TransformContext;
import fr.brochures.ebook.write.BuildTimestamp;
import fr.brochures.ebook.write.OutputWriter;
import fr.brochures.ebook.xhtml.XhtmlReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The stages of {@link BookBuilder#build} one after the other, one method each, made of the tool's public stages with
 * the arguments the build gives them: {@link ProjectLoader}, {@link ChapterPass}, {@link PendingImages},
 * {@link StylesheetReading} and the {@link Manuscript} (what {@link ManuscriptMaker} does in one call), the
 * {@link EpubRenderer} and {@link KoboRenderer}, the {@link OutputWriter}. Only for the benchmarks: the figures of the
 * whole build always come from BookBuilder itself. The books only, as {@code BuildOptions.defaults} asks (no site).
 *
 * <p>The stages run in sequence, each waiting for the one before; inside a stage the tool keeps its own parallelism
 * (the chapter pass and the images use all cores, as in the build). The build also overlaps stages that are apart here:
 * its images are prepared while the chapters are finished and the books rendered, its template engine starts while
 * the project loads.
 */
public final class StagedBuild {

    final Path projectDir;
    final Path output;
    final BuildOptions options;
    BuildReport report;
    BookProject project;
    TransformContext context;
    BuildTimestamp timestamp;
    List<Chapter> chapters;
    PendingImages images;
    Manuscript manuscript;
    Output epub;
    Output kepub;

    /** A build of {@code projectDir} whose EPUB goes to {@code output} (the Kobo edition beside it). */
    StagedBuild(Path projectDir, Path output) {
        this.projectDir = projectDir;
        this.output = output;
        this.options = BuildOptions.defaults(projectDir, output);
    }

    /**
     * Stage 1: book.yaml, the reading order, the stylesheets' and the cover's places ({@link ProjectLoader}); then, as
     * {@link ManuscriptMaker} does, a fresh context for the chapters (labels, notes, image catalogue) and, as the
     * build's renderers have it, the time stamp of the books.
     */
    StagedBuild load() {
        report = new BuildReport();
        project = new ProjectLoader(report).load(projectDir);
        report.stopIfFailed(options.strict());
        Labels labels = Labels.of(project.metadata().language(), project.metadata().labels());
        context = new TransformContext(project, report, labels, new Endnotes(), new ImageCatalog());
        BookMetadata metadata = project.metadata();
        timestamp = BuildTimestamp.of(options.sourceDateEpoch(), metadata.modified(), metadata.date());
        return this;
    }

    /**
     * Stage 2: the chapter pass as the build runs it ({@link ChapterPass}): every chapter read as strict UTF-8, checked
     * by the SAX pass, parsed by Jsoup and given to {@link ChapterPass#TRANSFORMS}, on all cores up to the first
     * transform that needs the reading order, then the link check. Reading, parsing and transforming are one pass in
     * the tool: there is no separate "read + parse" stage any more. Needs the fresh notes and images of
     * {@link #load()}.
     */
    StagedBuild chapterPass() {
        chapters = new ChapterPass(context).run();
        report.stopIfFailed(options.strict());
        return this;
    }

    /**
     * Stage 2 in pieces, only to see what each transform costs ({@code ColdStages --by-transform}), not what the build
     * does: every chapter read and parsed, one after the other, as ChapterPass reads and parses each. Then
     * {@link #check} for each of {@link ChapterPass#CHECKS}, {@link #transform} for each of {@link ChapterPass#TRANSFORMS}
     * in turn and {@link #checkLinks()} give the same
     * chapters as {@link #chapterPass()}, all sequential.
     */
    StagedBuild readAndParseSequentially() {
        XhtmlReader reader = new XhtmlReader(report);
        chapters = new ArrayList<>();
        for (ChapterFile file : project.chapters()) {
            String shown = project.display(file.path());
            TextFiles.read(file.path(), shown, report).flatMap(text -> reader.read(text, shown))
                    .ifPresent(document -> chapters.add(new Chapter(file.name(), file.part(), shown, document)));
        }
        return this;
    }

    /** Stage 2 in pieces: one check over every chapter, in reading order (after {@link #readAndParseSequentially()}). */
    StagedBuild check(ChapterCheck check) {
        CheckContext checking = new CheckContext(project, report);
        for (Chapter chapter : chapters) {
            check.check(chapter, checking);
        }
        return this;
    }

    /** Stage 2 in pieces: one transform over every chapter, in reading order (after the checks). */
    StagedBuild transform(ChapterTransform transform) {
        for (Chapter chapter : chapters) {
            transform.apply(chapter, context);
        }
        return this;
    }

    /** Stage 2 in pieces: the link check that ends the chapter pass (generated pages not checked, as in ChapterPass). */
    StagedBuild checkLinks() {
        LinkCheck.check(chapters, BookFiles.GENERATED_PAGES, report);
        report.stopIfFailed(options.strict());
        return this;
    }

    /**
     * Stage 3: the images the chapters use and the cover ({@link PendingImages}, on all cores as in the build), without
     * the image cache, waited for here: the build lets them go on while it finishes the chapters and renders the books.
     */
    StagedBuild prepareImages() {
        images = PendingImages.start(context.images().embedded(), project.cover(), ProjectLoader.COVER_FILE,
                options.maxImageEdge(), null, report, options.strict(), ImageProgress.NONE);
        images.await();
        return this;
    }

    /**
     * Stage 4: the read-only manuscript, as {@link ManuscriptMaker} makes it: each chapter finished (its tree copied and
     * serialised to XHTML bytes, on all cores), the stylesheets read and checked, the notes and images of the stages
     * before.
     */
    StagedBuild manuscript() {
        String separator = context.labels().get("colon") + " ";
        int depth = project.metadata().tocDepth();
        manuscript = new Manuscript(project, MetadataTypography.apply(project.metadata()), context.labels(),
                chapters.parallelStream().map(chapter -> ManuscriptChapter.of(chapter, separator, depth)).toList(),
                context.endnotes().all(), context.images().awaited(), StylesheetReading.read(project, report), images,
                StylesheetReading.pageHrefs(project), context.endnotes().href());
        return this;
    }

    /**
     * Stage 5: the EPUB in memory ({@link EpubRenderer}): the generated pages rendered from the Velocity templates, the
     * book assembled in epublib's model with its images and navigation, the package document rendered, the zip made,
     * its SHA-256 computed. What were separate stages before the renderers ("render pages", "assemble", the container
     * part of "write EPUB") are this one call now. Nothing is written to disk (stage 7).
     */
    StagedBuild renderEpub(PageRenderer templates) {
        epub = EpubRenderer.standard(output, timestamp, () -> templates).render(manuscript, new Outputs());
        return this;
    }

    /**
     * Stage 6: the Kobo edition in memory ({@link KoboRenderer}): the same rendering as stage 5 with every document
     * converted for Kobo (the conversion and the Kobo container are one call). Nothing is written to disk (stage 7).
     */
    StagedBuild renderKepub(PageRenderer templates) {
        Outputs earlier = new Outputs();
        if (epub != null) {
            earlier.add(epub);
        }
        kepub = new KoboRenderer(output, timestamp, () -> templates).render(manuscript, earlier);
        return this;
    }

    /** Stage 7: the outputs rendered so far (EPUB, Kobo edition, their .sha256) written together ({@link OutputWriter}). */
    StagedBuild write() {
        new OutputWriter(report).writeAll(Stream.of(epub, kepub).filter(Objects::nonNull).toList());
        return this;
    }
}
