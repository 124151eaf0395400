package fr.brochures.ebook;

import fr.brochures.ebook.report.BuildReport;

import java.nio.file.Path;
import java.util.List;

/** What a build did: its report, and when it wrote the EPUB, what is in it. */
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
        double seconds) {

    /** A failed build: only the report. */
    static BuildResult failed(BuildReport report, double seconds) {
        return new BuildResult(report, false, null, 0, 0, 0, 0, List.of(), 0, 0, null, seconds);
    }
}
