package fr.brochures.ebook.cli;

import fr.brochures.ebook.LibraryResult;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import fr.brochures.ebook.site.SiteFiles;

import java.io.PrintWriter;
import java.nio.file.Path;

import static fr.brochures.ebook.cli.ConsoleText.words;

/**
 * Prints what a library build ({@code site}) did: each book's problems, placed in its project folder, as {@code build}
 * prints them; then, when the site was written, each book's summary and the site's line, else why nothing was written.
 */
final class LibraryPrinter {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Verbosity verbosity;

    LibraryPrinter(PrintWriter out, PrintWriter err, Verbosity verbosity) {
        this.out = out;
        this.err = err;
        this.verbosity = verbosity;
    }

    void print(LibraryResult result, boolean strict) {
        long errors = 0;
        long warnings = 0;
        for (LibraryResult.Book book : result.books()) {
            new SummaryPrinter(out, err, verbosity, book.project()).printProblems(book.build(), strict);
            errors += book.build().report().count(Severity.ERROR);
            warnings += book.build().report().count(Severity.WARNING);
        }
        BuildReport library = result.report();
        for (Problem problem : library.problems()) {
            err.println(problem.format());
        }
        errors += library.count(Severity.ERROR);
        if (!result.written()) {
            String strictPart = strict && warnings > 0 ? words("failed.strict", warnings) : "";
            err.println(words("site.failed", errors, strictPart, errors + (strict ? warnings : 0)));
            err.flush();
            return;
        }
        err.flush();
        if (verbosity == Verbosity.QUIET) {
            return;
        }
        for (LibraryResult.Book book : result.books()) {
            new SummaryPrinter(out, err, verbosity, book.project()).printSummary(book.build());
        }
        Path catalog = result.index().resolveSibling(SiteFiles.CATALOG);
        out.println(words("site.written", result.books().size(), result.index(), catalog, ConsoleText.seconds(result.seconds())));
        out.flush();
    }
}
