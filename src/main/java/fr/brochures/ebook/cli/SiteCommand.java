package fr.brochures.ebook.cli;

import fr.brochures.ebook.BuildOptions;
import fr.brochures.ebook.LibraryBuilder;
import fr.brochures.ebook.LibraryOptions;
import fr.brochures.ebook.LibraryResult;
import fr.brochures.ebook.project.LanguageTags;
import fr.brochures.ebook.site.BaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code site DIR… -o OUT [--base-url URL] [--language LANG] [--title TEXT] [--strict] [--check] [-q | -v]}: builds
 * several book projects into one site, each book's download site in a folder of its own under OUT, with an index page
 * of the books and their OPDS catalogue ({@link LibraryBuilder}); prints each book's problems and summary, then the
 * site's line.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = "Builds several book projects into one site: OUT/<book>/ for each book (its download page, books and web edition), "
                + "OUT/index.html listing them and OUT/catalog.xml, their OPDS catalogue.")
public final class SiteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The book project folders (each holding book/book.yaml), in the order the site lists them.")
    private List<Path> projects;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The folder to write the site into.")
    private Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "The web address of OUT once published, e.g. https://example.org/livres/: "
            + "each book's page then shows a QR code of its EPUB's address (default: each book's download-url).")
    private String baseUrl;

    @Option(names = "--language", paramLabel = "LANG", description = "The language of the index page, a BCP 47 code such as fr or en "
            + "(default: the books' when they share one, else English).")
    private String language;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title of the index page and of the catalogue (default: Books, in the page's language).")
    private String title;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Option(names = "--check", description = "Run EPUBCheck on every book before publishing it: a book EPUBCheck rejects stops the site (exit 1).")
    private boolean check;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors (and the warnings that fail a --strict build); the exit code says the rest.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print how long each step took, the images prepared and every file written.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> refused = refusal();
        List<String> folders = List.of();
        if (refused.isEmpty()) {
            // the books' folders in OUT are named from their titles: none may land among a book's sources either
            folders = LibraryBuilder.folders(projects);
            refused = OutputPlaces.libraryRefusal(projects, out, folders);
        }
        if (refused.isPresent()) {
            err.println(refused.get());
            return ExitCodes.USAGE;
        }
        Verbosity verbosity = Verbosity.of(quiet, verbose);
        PrintWriter stdout = spec.commandLine().getOut();
        ProgressLine progress = new ProgressLine(stdout, verbosity != Verbosity.QUIET && Terminal.isInteractive(), System::nanoTime);
        LibraryResult result;
        try {
            result = new LibraryBuilder(progress).build(new LibraryOptions(projects, folders, out, strict, BuildOptions.DEFAULT_MAX_IMAGE_EDGE,
                    BuildOptions.sourceDateEpochFromEnvironment(), check, baseUrl, language, title));
        } finally {
            progress.finish();
        }
        new LibraryPrinter(stdout, err, verbosity).print(result, strict);
        return result.written() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /**
     * Why the command line cannot be run as it is, before anything is read or written, the books' folders in OUT aside
     * (named from their titles, they need the projects read); empty when it can.
     */
    private Optional<String> refusal() {
        if (quiet && verbose) {
            return Optional.of(ConsoleText.words("usage.quietverbose"));
        }
        Set<Path> seen = new HashSet<>();
        for (Path project : projects) {
            if (!Files.isDirectory(project)) {
                return Optional.of(ConsoleText.words("build.notafolder", project));
            }
            if (!seen.add(realPath(project))) {
                return Optional.of(ConsoleText.words("site.twice", project));
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Optional.of(ConsoleText.words("site.outisafile", out));
        }
        if (baseUrl != null && BaseUrl.problem(baseUrl).isPresent()) {
            return Optional.of(ConsoleText.words("build.baseurl", BaseUrl.problem(baseUrl).get()));
        }
        if (language != null && !LanguageTags.isWellFormed(language)) {
            return Optional.of(ConsoleText.words("init.language", language));
        }
        return Optional.empty();
    }

    private static Path realPath(Path project) {
        try {
            return project.toRealPath();
        } catch (IOException e) {
            return project.toAbsolutePath().normalize();
        }
    }
}
