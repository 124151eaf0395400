package fr.brochures.ebook.cli;

import fr.brochures.ebook.preview.PreviewBuild;
import fr.brochures.ebook.preview.PreviewLog;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

import static fr.brochures.ebook.cli.ConsoleText.words;

/**
 * What {@code serve} prints: where the preview is, then one line a build (its time, or that it failed and why), and its
 * problems above it on stderr: every problem of the first build, as {@code build} prints them; the errors and warnings
 * of the later ones (the notes, such as awaited photographs, do not change while writing).
 */
final class ServePrinter implements PreviewLog {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean strict;

    ServePrinter(PrintWriter out, PrintWriter err, boolean strict) {
        this.out = out;
        this.err = err;
        this.strict = strict;
    }

    synchronized void listening(Path projectDir, URI url) {
        out.println(words("serve.listening", projectDir.toAbsolutePath().normalize(), url));
        out.flush();
    }

    @Override
    public synchronized void built(PreviewBuild.Outcome outcome, boolean first) {
        for (Problem problem : outcome.problems()) {
            if (first || problem.severity() != Severity.NOTE) {
                err.println(problem.format());
            }
        }
        err.flush();
        String seconds = String.format(Locale.ROOT, "%.2f", outcome.seconds());
        if (outcome.succeeded()) {
            out.println(words(first ? "serve.built" : "serve.rebuilt", seconds));
            out.flush();
            return;
        }
        long errors = outcome.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = outcome.problems().stream().filter(p -> p.severity() == Severity.WARNING).count();
        String strictPart = strict && warnings > 0 ? words("failed.strict", warnings) : "";
        err.println(words("serve.failed", seconds, errors, strictPart, errors + (strict ? warnings : 0)));
        err.flush();
    }

    @Override
    public synchronized void crashed(RuntimeException failure) {
        err.println(words("serve.crashed", failure.getClass().getSimpleName(), InternalFailureHandler.details(failure)));
        err.flush();
    }

    synchronized void stopped() {
        out.println(words("serve.stopped"));
        out.flush();
    }
}
