package fr.brochures.ebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** What {@code init} prints: the files it wrote and the next commands, in the words of {@code console.properties}. */
final class InitSummary {

    private final PrintWriter out;

    InitSummary(PrintWriter out) {
        this.out = out;
    }

    void print(Path dir, List<String> written) {
        out.println(ConsoleText.words("init.written", dir, written.size()));
        written.forEach(file -> out.println("  " + file));
        out.println(ConsoleText.words("init.next", dir));
        out.flush();
    }
}
