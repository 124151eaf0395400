package fr.brochures.ebook.cli;

import fr.brochures.ebook.epubcheck.EpubValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code check FILE.epub}: runs W3C EPUBCheck and prints its findings. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validates an EPUB file with W3C EPUBCheck 5.3.0.")
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.epub", description = "The EPUB to check.")
    private Path epub;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(epub)) {
            spec.commandLine().getErr().println("ebook-builder: " + epub + " is not a file.");
            return ExitCodes.USAGE;
        }
        EpubValidator.ValidationResult result = new EpubValidator().validate(epub);
        result.findings().forEach(out::println);
        out.println(result.summary());
        out.flush();
        return result.clean() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
