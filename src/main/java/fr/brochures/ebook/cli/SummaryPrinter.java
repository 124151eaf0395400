package fr.brochures.ebook.cli;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import fr.brochures.ebook.site.SiteRenderer;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints a build's problems (to stderr), its summary line and where its download page is (to stdout). */
final class SummaryPrinter {

    private final PrintWriter out;
    private final PrintWriter err;

    SummaryPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void print(BuildResult result, boolean strict) {
        for (Problem problem : result.report().problems()) {
            err.println(problem.format());
        }
        err.flush();
        if (!result.written()) {
            long errors = result.report().count(Severity.ERROR);
            long warnings = result.report().count(Severity.WARNING);
            err.println("ebook-builder: no EPUB written: " + errors + " error(s)"
                    + (strict && warnings > 0 ? " and " + warnings + " warning(s) (--strict)" : "") + ". Fix them and build again.");
            err.flush();
            return;
        }
        out.println(String.format(Locale.ROOT,
                "Built %s: %d chapters, %d notes (%d translators', %d authors'), %d figures (%d photographs awaited), images %s saved, %s, %.1f s",
                result.output(), result.chapters(), result.translatorNotes() + result.authorNotes(), result.translatorNotes(),
                result.authorNotes(), result.figures(), result.awaitedPhotos().size(), size(result.imageBytesSaved()),
                size(result.size()), result.seconds()));
        out.println("SHA-256 " + result.sha256());
        if (result.site() != null) {
            String qrCodeUrl = result.site().facts().get(SiteRenderer.QR_CODE_URL);
            out.println("Download page " + result.site().main().path() + " (" + result.site().facts().get(SiteRenderer.OFFERED) + "); "
                    + (qrCodeUrl != null ? "QR code for " + qrCodeUrl
                    : "no QR code: give the site's address with --base-url URL or download-url in book/book.yaml"));
        }
        out.flush();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
