package fr.brochures.ebook.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns an unexpected exception (a bug, never a user's mistake) into one line on stderr and the details in a file. */
final class InternalFailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println(ConsoleText.words("internal", exception.getClass().getSimpleName(), details(exception)));
        return ExitCodes.INTERNAL;
    }

    /** Writes the exception's stack trace to a new file and says where it is (or why it could not be written). */
    static String details(Exception exception) {
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        try {
            Path file = Files.createTempFile("ebook-builder-failure-", ".log");
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
            return file.toString();
        } catch (IOException e) {
            return ConsoleText.words("internal.nowhere", e.getMessage());
        }
    }
}
