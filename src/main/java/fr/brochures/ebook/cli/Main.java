package fr.brochures.ebook.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Entry point: runs the command line and exits with its code (0 success, 1 invalid book or EPUB, 2 usage, 3 internal failure). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting, for tests and embedding. */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** The same, printing to {@code out} and {@code err} (null: the standard streams). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = EbookBuilderCommand.commandLine(args);
        commandLine.setExecutionExceptionHandler(new InternalFailureHandler());
        if (out != null) {
            commandLine.setOut(out);
        }
        if (err != null) {
            commandLine.setErr(err);
        }
        return commandLine.execute(args);
    }
}
