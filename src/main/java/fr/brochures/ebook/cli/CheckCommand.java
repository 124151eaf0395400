package fr.brochures.ebook.cli;

import fr.brochures.ebook.epubcheck.EpubValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code check FILE.epub [--usage] [-q | -v]}: runs W3C EPUBCheck and prints its findings (usage notes only with
 * {@code --usage} or {@code -v}) and a summary line (not with {@code -q}). Without EPUBCheck on the class path (the
 * distribution archives ship it apart) it says in one line how to add it and exits with the usage code, as for any
 * other command that cannot run as asked.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validates an EPUB file with W3C EPUBCheck 5.3.0.")
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.epub", description = "The EPUB to check.")
    private Path epub;

    @Option(names = "--usage", description = "Also print EPUBCheck's usage notes (advice, not faults), "
            + "as EPUBCheck's own -u does.")
    private boolean usage;

    @Option(names = {"-q", "--quiet"}, description = "Print only what makes the EPUB invalid (fatal errors, errors, warnings), "
            + "without the summary; the exit code says the rest.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print EPUBCheck's usage notes, as --usage does.")
    private boolean verbose;

    /** The tool's version, to name the EPUBCheck archive that goes with it; {@code <version>} when it cannot be read. */
    private static String version() {
        try {
            return ToolVersion.version();
        } catch (java.io.IOException e) {
            return "<version>";
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (quiet && (verbose || usage)) {
            spec.commandLine().getErr().println(ConsoleText.words(usage ? "usage.quietusage" : "usage.quietverbose"));
            return ExitCodes.USAGE;
        }
        Verbosity verbosity = Verbosity.of(quiet, verbose || usage);
        if (!Files.isRegularFile(epub)) {
            spec.commandLine().getErr().println(ConsoleText.words("check.notafile", epub));
            return ExitCodes.USAGE;
        }
        EpubValidator.ValidationResult result;
        try {
            result = new EpubValidator().validate(epub);
        } catch (EpubValidator.Unavailable e) {
            // not a bug of the builder but an installation without EPUBCheck (the main archives ship without it):
            // say what is missing and how to add it
            spec.commandLine().getErr().println(ConsoleText.words("check.unavailable", epub, EpubValidator.EPUBCHECK, e.getMessage(), version()));
            return ExitCodes.USAGE;
        }
        // usage notes are advice (EPUBCheck's own command line hides them unless asked): not listed as if they were faults
        result.details().stream().filter(f -> verbosity == Verbosity.VERBOSE || f.counts()).forEach(out::println);
        if (verbosity != Verbosity.QUIET) {
            out.println(ConsoleText.words("check.summary", result.fatal(), result.errors(), result.warnings(), result.usages()));
        }
        out.flush();
        return result.clean() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
