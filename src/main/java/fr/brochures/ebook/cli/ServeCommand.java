package fr.brochures.ebook.cli;

import fr.brochures.ebook.BookBuilder;
import fr.brochures.ebook.BuildOptions;
import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.preview.Preview;
import fr.brochures.ebook.preview.PreviewBuild;
import fr.brochures.ebook.preview.PreviewSettings;
import fr.brochures.ebook.site.SiteRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code serve [PROJECT_DIR] [--port N] [--host ADDRESS] [--strict]}: the live preview ({@link Preview}). Builds the book
 * in memory with one builder, kept warm between builds, and serves the site the build makes (the download page, the
 * books, the web edition when there is one) until Ctrl-C; writes nothing.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the book project in PROJECT_DIR (default: the current folder) and serves a live preview of its site "
                + "on http://127.0.0.1:PORT/: saving a file in book/, styles/ or covers/ rebuilds it and reloads the page.",
                "Nothing is written: run build to publish the book. Ctrl-C stops it."})
public final class ServeCommand implements Callable<Integer> {

    /** The port when none is given: a usual one for a local preview. */
    static final int DEFAULT_PORT = 8000;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR", description = "The book project folder (holding book/book.yaml).")
    private Path projectDir = Path.of(".");

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on (default: ${DEFAULT-VALUE}; 0: any free port, printed).")
    private int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
            + "0.0.0.0: every network, e.g. to read on a phone).")
    private String host = "127.0.0.1";

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(projectDir)) {
            err.println("ebook-builder: " + projectDir + " is not a folder. Give the book project folder (holding book/book.yaml).");
            return ExitCodes.USAGE;
        }
        if (port < 0 || port > 65535) {
            err.println(ConsoleText.words("serve.badPort"));
            return ExitCodes.USAGE;
        }
        if (new InetSocketAddress(host, 0).isUnresolved()) {
            err.println(ConsoleText.words("serve.unknownHost", host));
            return ExitCodes.USAGE;
        }
        // the site's usual folder only names the files served from memory: nothing is written there
        Path siteRoot = SiteRenderer.defaultDir(projectDir);
        BuildOptions options = new BuildOptions(projectDir, null, strict, BuildOptions.DEFAULT_MAX_IMAGE_EDGE,
                BuildOptions.sourceDateEpochFromEnvironment()).withSite(siteRoot, null).inMemory();
        BookBuilder builder = new BookBuilder();
        PreviewBuild build = () -> outcome(builder.build(options));
        ServePrinter printer = new ServePrinter(spec.commandLine().getOut(), err, strict);
        Preview preview;
        try {
            preview = Preview.start(new PreviewSettings(projectDir, siteRoot, host, port), build, printer);
        } catch (IOException e) {
            err.println(ConsoleText.words("serve.cannotListen", host, Integer.toString(port), e.getMessage()));
            return ExitCodes.USAGE;
        }
        printer.listening(projectDir, preview.url());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(preview, printer), "ebook-preview-stop"));
        preview.awaitClose();
        return ExitCodes.OK;
    }

    /**
     * Ctrl-C (or a TERM signal): the server, the watcher and the builds stop, and the tool exits with 0, as a preview
     * stopped the way it is meant to be stopped. The JVM would exit with 130 after a signal: once everything is
     * stopped, halting with 0 is the only way to say otherwise from a shutdown hook.
     */
    private static void stop(Preview preview, ServePrinter printer) {
        preview.close();
        printer.stopped();
        Runtime.getRuntime().halt(ExitCodes.OK);
    }

    private static PreviewBuild.Outcome outcome(BuildResult result) {
        return new PreviewBuild.Outcome(result.written(), result.outputs(), result.report().problems(), result.seconds());
    }
}
