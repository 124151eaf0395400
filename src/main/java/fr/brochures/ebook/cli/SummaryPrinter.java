package fr.brochures.ebook.cli;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import fr.brochures.ebook.site.SiteRenderer;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Prints a build's problems (to stderr), its summary line and where its download page is (to stdout). */
final class SummaryPrinter {

    private static final ResourceBundle CONSOLE = ResourceBundle.getBundle("console", Locale.ROOT);

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
            String strictPart = strict && warnings > 0 ? words("failed.strict", warnings) : "";
            err.println(words("failed", errors, strictPart, errors + (strict ? warnings : 0)));
            err.flush();
            return;
        }
        out.println(words("built", result.output(), result.chapters(), result.translatorNotes() + result.authorNotes(),
                result.translatorNotes(), result.authorNotes(), result.figures(), result.awaitedPhotos().size(),
                size(result.imageBytesSaved()), size(result.size()), String.format(Locale.ROOT, "%.1f", result.seconds())));
        out.println(words("sha256", result.sha256()));
        if (result.site() != null) {
            String qrCodeUrl = result.site().facts().get(SiteRenderer.QR_CODE_URL);
            out.println(words("site", result.site().main().path(), result.site().facts().get(SiteRenderer.OFFERED),
                    qrCodeUrl != null ? words("site.qr", qrCodeUrl) : words("site.noqr")));
        }
        out.flush();
    }

    /** A line of {@code console.properties} with its values (numbers choose singular or plural). */
    static String words(String key, Object... values) {
        MessageFormat format = new MessageFormat(CONSOLE.getString(key), Locale.ROOT);
        Object[] shown = java.util.Arrays.stream(values).map(v -> v instanceof java.nio.file.Path ? v.toString() : v).toArray();
        return format.format(shown);
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
