package fr.brochures.ebook.cli;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words the command line prints, from {@code console.properties}: MessageFormat patterns whose numbers choose the
 * singular or the plural ("1 chapter", "no notes", "3 errors"), so that no sentence is assembled in Java.
 */
final class ConsoleText {

    private static final ResourceBundle CONSOLE = ResourceBundle.getBundle("console", Locale.ROOT);

    private ConsoleText() {
    }

    /** The line {@code key} with its values; a path is shown as written, not formatted as an object. */
    static String words(String key, Object... values) {
        MessageFormat format = new MessageFormat(CONSOLE.getString(key), Locale.ROOT);
        Object[] shown = Arrays.stream(values).map(v -> v instanceof Path ? v.toString() : v).toArray();
        return format.format(shown);
    }

    /** Whether the bundle has a line {@code key} (a step of an output it does not name yet has none). */
    static boolean has(String key) {
        return CONSOLE.containsKey(key);
    }

    /** A size in bytes as people read it: {@code 812 B}, {@code 37 KB}, {@code 1.4 MB}. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return words("size.bytes", String.valueOf(bytes));
        }
        if (bytes < 1024 * 1024) {
            return words("size.kilobytes", String.format(Locale.ROOT, "%.0f", bytes / 1024.0));
        }
        return words("size.megabytes", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
    }

    /** Seconds with one decimal, as the summary and the steps show them. */
    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }
}
