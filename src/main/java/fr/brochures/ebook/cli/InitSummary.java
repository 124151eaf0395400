package fr.brochures.ebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** What {@code init} prints: the files it wrote and the next commands, in the words of {@code console.properties}. */
final class InitSummary {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("console", Locale.ROOT);

    private final PrintWriter out;

    InitSummary(PrintWriter out) {
        this.out = out;
    }

    void print(Path dir, List<String> written) {
        out.println(MessageFormat.format(WORDS.getString("init.written"), dir, written.size()));
        written.forEach(file -> out.println("  " + file));
        out.println(MessageFormat.format(WORDS.getString("init.next"), dir));
        out.flush();
    }
}
