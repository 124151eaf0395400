package fr.brochures.ebook;

import fr.brochures.ebook.epub.EpubRenderer;
import fr.brochures.ebook.images.PreparedImages;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.model.NoteKind;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.render.Outputs;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.site.SiteRenderer;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build did: its report and how long each step took; when it made its outputs ({@code written}: made, and
 * written unless the build was {@link BuildOptions#inMemory in memory}), what is in the EPUB, its images, the download
 * site when it made one, every output with its files in memory, and the book's metadata as the outputs have it
 * (typeset; null when the build failed).
 */
public record BuildResult(
        BuildReport report,
        boolean written,
        Path output,
        int chapters,
        long translatorNotes,
        long authorNotes,
        int figures,
        List<String> awaitedPhotos,
        long imageBytesSaved,
        long size,
        String sha256,
        double seconds,
        Output site,
        List<Step> steps,
        int images,
        double imageSeconds,
        List<Output> outputs,
        BookMetadata metadata) {

    /** The step that loads the project. */
    public static final String LOAD = "load";
    /** The step that reads, checks and transforms the chapters into the manuscript. */
    public static final String MANUSCRIPT = "manuscript";
    /** The step that runs EPUBCheck on the books ({@code build --check}). */
    public static final String CHECK = "check";
    /** The step that writes every output. */
    public static final String WRITE = "write";

    /**
     * One step of the pipeline and how long it took, in the order they ran: {@link #LOAD}, {@link #MANUSCRIPT}, one
     * step per renderer named by the kind of its output ({@code epub}, {@code kepub}, {@code site}…), {@link #CHECK},
     * {@link #WRITE}. A failed build lists the steps it ran, the one that stopped it last.
     */
    public record Step(String name, double seconds) {
    }

    public BuildResult {
        awaitedPhotos = List.copyOf(awaitedPhotos);
        steps = List.copyOf(steps);
        outputs = List.copyOf(outputs);
    }

    /** A written build: the figures of its manuscript and of its EPUB. */
    static BuildResult of(BuildReport report, Manuscript manuscript, Outputs outputs, List<Step> steps, double seconds) {
        OutputFile epub = outputs.find(EpubRenderer.KIND).orElseThrow().main();
        List<String> awaited = manuscript.awaitedPhotos().stream().map(ImageCatalog.AwaitedPhoto::expectedFile).toList();
        PreparedImages images = manuscript.images().await();
        return new BuildResult(report, true, epub.path(), manuscript.chapters().size(),
                manuscript.noteCount(NoteKind.TRANSLATOR), manuscript.noteCount(NoteKind.AUTHOR), manuscript.figureCount(),
                awaited, images.bytesSaved(), epub.size(), epub.sha256(), seconds,
                outputs.find(SiteRenderer.KIND).orElse(null), steps, images.figures().size() + 1,
                manuscript.images().seconds(), outputs.all(), manuscript.metadata());
    }

    /** A failed build: the report and the steps it ran. */
    static BuildResult failed(BuildReport report, List<Step> steps, double seconds) {
        return new BuildResult(report, false, null, 0, 0, 0, 0, List.of(), 0, 0, null, seconds, null, steps, 0, 0, List.of(), null);
    }
}
