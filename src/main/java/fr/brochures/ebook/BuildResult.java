package fr.brochures.ebook;

import fr.brochures.ebook.epub.EpubRenderer;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.model.NoteKind;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.render.Outputs;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.site.SiteRenderer;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build did: its report, and when it made its outputs ({@code written}: made, and written unless the build was
 * {@link BuildOptions#inMemory in memory}), what is in the EPUB, the download site when it made one, and every output
 * with its files in memory.
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
        List<Output> outputs) {

    /** A written build: the figures of its manuscript and of its EPUB. */
    static BuildResult of(BuildReport report, Manuscript manuscript, Outputs outputs, double seconds) {
        OutputFile epub = outputs.find(EpubRenderer.KIND).orElseThrow().main();
        List<String> awaited = manuscript.awaitedPhotos().stream().map(ImageCatalog.AwaitedPhoto::expectedFile).toList();
        return new BuildResult(report, true, epub.path(), manuscript.chapters().size(),
                manuscript.noteCount(NoteKind.TRANSLATOR), manuscript.noteCount(NoteKind.AUTHOR), manuscript.figureCount(),
                awaited, manuscript.images().await().bytesSaved(), epub.size(), epub.sha256(), seconds,
                outputs.find(SiteRenderer.KIND).orElse(null), outputs.all());
    }

    /** A failed build: only the report. */
    static BuildResult failed(BuildReport report, double seconds) {
        return new BuildResult(report, false, null, 0, 0, 0, 0, List.of(), 0, 0, null, seconds, null, List.of());
    }
}
