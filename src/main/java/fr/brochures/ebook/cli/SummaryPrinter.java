package fr.brochures.ebook.cli;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import fr.brochures.ebook.site.SiteRenderer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import static fr.brochures.ebook.cli.ConsoleText.size;
import static fr.brochures.ebook.cli.ConsoleText.words;

/**
 * Prints what a build did, as much as the verbosity asks: its problems and the line saying it failed (to stderr); its
 * summary line, checksum and download page (to stdout); with {@code -v} also its steps and their times, its images
 * and every file it wrote (to stdout); with {@code -q} only what failed it.
 */
final class SummaryPrinter {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Verbosity verbosity;
    private final Path projectDir;

    SummaryPrinter(PrintWriter out, PrintWriter err, Verbosity verbosity) {
        this(out, err, verbosity, null);
    }

    /**
     * A printer placing problems in {@code projectDir} ({@code kazakhstan/book/01.xhtml:3:4}), for a command that builds
     * several projects; null: as {@code build} prints them, relative to the project.
     */
    SummaryPrinter(PrintWriter out, PrintWriter err, Verbosity verbosity, Path projectDir) {
        this.out = out;
        this.err = err;
        this.verbosity = verbosity;
        this.projectDir = projectDir;
    }

    void print(BuildResult result, boolean strict) {
        printProblems(result, strict);
        if (!result.written()) {
            long errors = result.report().count(Severity.ERROR);
            long warnings = result.report().count(Severity.WARNING);
            String strictPart = strict && warnings > 0 ? words("failed.strict", warnings) : "";
            err.println(words("failed", errors, strictPart, errors + (strict ? warnings : 0)));
            err.flush();
            return;
        }
        printSummary(result);
    }

    /** The build's problems (only those that fail it with {@code -q}), then its steps with {@code -v}. */
    void printProblems(BuildResult result, boolean strict) {
        for (Problem problem : result.report().problems()) {
            if (verbosity != Verbosity.QUIET || failsTheBuild(problem, strict)) {
                err.println(placed(problem).format());
            }
        }
        err.flush();
        if (verbosity == Verbosity.VERBOSE) {
            printSteps(result);
        }
    }

    /** What a build that made its outputs made: its summary line, checksum and site (files too with {@code -v}). */
    void printSummary(BuildResult result) {
        if (verbosity == Verbosity.QUIET) {
            return;
        }
        if (verbosity == Verbosity.VERBOSE) {
            printImagesAndFiles(result);
        }
        out.println(words("built", result.output(), result.chapters(), result.translatorNotes() + result.authorNotes(),
                result.translatorNotes(), result.authorNotes(), result.figures(), result.awaitedPhotos().size(),
                size(result.imageBytesSaved()), size(result.size()), ConsoleText.seconds(result.seconds())));
        out.println(words("sha256", result.sha256()));
        if (result.site() != null) {
            String qrCodeUrl = result.site().facts().get(SiteRenderer.QR_CODE_URL);
            out.println(words("site", result.site().main().path(), result.site().facts().get(SiteRenderer.OFFERED),
                    qrCodeUrl != null ? words("site.qr", qrCodeUrl) : words("site.noqr")));
        }
        out.flush();
    }

    /** The problem with its file in the project folder, when the printer has one. */
    private Problem placed(Problem problem) {
        Location at = problem.location();
        if (projectDir == null || at.file().isEmpty()) {
            return problem;
        }
        return new Problem(problem.id(), problem.severity(), new Location(projectDir.resolve(at.file()).normalize().toString(), at.line(), at.column()),
                problem.args());
    }

    /** What a quiet build still prints: the errors, and the warnings when --strict makes them fail it. */
    private static boolean failsTheBuild(Problem problem, boolean strict) {
        return problem.severity() == Severity.ERROR || (strict && problem.severity() == Severity.WARNING);
    }

    /** One line a step, in the order they ran: what it did and how long it took. */
    private void printSteps(BuildResult result) {
        for (BuildResult.Step step : result.steps()) {
            String key = "step." + step.name();
            String what = ConsoleText.has(key) ? words(key) : words("step.other", step.name());
            out.println(words("step", what, String.format(Locale.ROOT, "%.2f", step.seconds())));
        }
        out.flush();
    }

    /** The images and how long they took; every file written (a file removed may not have been there: not listed). */
    private void printImagesAndFiles(BuildResult result) {
        out.println(words("images", result.images(), String.format(Locale.ROOT, "%.2f", result.imageSeconds())));
        for (Output output : result.outputs()) {
            output.files().stream().filter(file -> !file.isRemoval())
                    .forEach(file -> out.println(words("wrote", file.path(), size(file.size()))));
        }
    }
}
