package fr.brochures.ebook.cli;

import fr.brochures.ebook.BuildOptions;
import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.BookBuilder;
import fr.brochures.ebook.site.BaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code build [PROJECT_DIR] [-o OUT.epub] [--strict] [--site DIR | --no-site] [--base-url URL] [-q | -v]}: builds the
 * book, prints its problems and a summary line (only errors with {@code -q}; the steps, images and files too with
 * {@code -v}), and writes its download page. On a terminal, a progress line shows the images being prepared.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the EPUB of the book project in PROJECT_DIR (default: the current folder).")
public final class BuildCommand implements Callable<Integer> {

    /** The smallest --max-image-edge: below it a figure's text and a map's names cannot be read. */
    private static final int MIN_IMAGE_EDGE = 100;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR", description = "The book project folder (holding book/book.yaml).")
    private Path projectDir = Path.of(".");

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.epub", description = "Where to write the EPUB (default: PROJECT_DIR/target/<title>.epub).")
    private Path output;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Option(names = "--max-image-edge", paramLabel = "PIXELS", description = "Scale down images longer than this (default: ${DEFAULT-VALUE}).")
    private int maxImageEdge = BuildOptions.DEFAULT_MAX_IMAGE_EDGE;

    @Option(names = "--site", paramLabel = "DIR", description = "Where to write the download page (default: PROJECT_DIR/target/site).")
    private Path site;

    @Option(names = "--check", description = "Run EPUBCheck on the EPUB and the Kobo edition before publishing them: "
            + "a book EPUBCheck rejects is not written (exit 1).")
    private boolean check;

    @Option(names = "--no-site", description = "Do not write the download page.")
    private boolean noSite;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors (and the warnings that fail a --strict build); the exit code says the rest.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print how long each step took, the images prepared and every file written.")
    private boolean verbose;

    @Option(names = "--base-url", paramLabel = "URL", description = "The web address of the folder where the download page is published, "
            + "e.g. https://example.org/livres/: the page then shows a QR code of the EPUB's address (default: download-url in book/book.yaml).")
    private String baseUrl;

    @Override
    public Integer call() {
        if (quiet && verbose) {
            spec.commandLine().getErr().println(ConsoleText.words("usage.quietverbose"));
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(projectDir)) {
            spec.commandLine().getErr().println(ConsoleText.words("build.notafolder", projectDir));
            return ExitCodes.USAGE;
        }
        if (output != null && Files.isDirectory(output)) {
            spec.commandLine().getErr().println(ConsoleText.words("build.outputisafolder", output, output.resolve("book.epub")));
            return ExitCodes.USAGE;
        }
        if (maxImageEdge < MIN_IMAGE_EDGE) {
            spec.commandLine().getErr().println(ConsoleText.words("build.maximageedge", MIN_IMAGE_EDGE));
            return ExitCodes.USAGE;
        }
        if (noSite && (site != null || baseUrl != null)) {
            spec.commandLine().getErr().println(ConsoleText.words("build.nosite"));
            return ExitCodes.USAGE;
        }
        if (baseUrl != null && BaseUrl.problem(baseUrl).isPresent()) {
            spec.commandLine().getErr().println(ConsoleText.words("build.baseurl", BaseUrl.problem(baseUrl).get()));
            return ExitCodes.USAGE;
        }
        // before the build reads anything: a refused output must leave no trace, and the sources are never at risk
        Optional<String> misplaced = OutputPlaces.refusal(projectDir, output, site);
        if (misplaced.isPresent()) {
            spec.commandLine().getErr().println(misplaced.get());
            return ExitCodes.USAGE;
        }
        BuildOptions options = new BuildOptions(projectDir, output, strict, maxImageEdge, BuildOptions.sourceDateEpochFromEnvironment());
        BuildOptions asked = noSite ? options : options.withSite(site, baseUrl);
        Verbosity verbosity = Verbosity.of(quiet, verbose);
        PrintWriter out = spec.commandLine().getOut();
        // on stdout, the stream whose being a terminal Java can tell; problems go to stderr once the line is cleared
        ProgressLine progress = new ProgressLine(out, verbosity != Verbosity.QUIET && Terminal.isInteractive(), System::nanoTime);
        BuildResult result;
        try {
            result = new BookBuilder(progress).build(check ? asked.withCheck() : asked);
        } finally {
            progress.finish();
        }
        new SummaryPrinter(out, spec.commandLine().getErr(), verbosity).print(result, strict);
        return result.written() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
