package fr.brochures.ebook.cli;

import fr.brochures.ebook.images.ImageProgress;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * "Preparing images 37/100" on one line of a terminal, rewritten in place ({@code \r}) as images are prepared and
 * cleared when they are done: shown only on a terminal (never in a pipe, a file or a CI log) and only once the work has
 * lasted a second, so that a quick build prints nothing more.
 */
final class ProgressLine implements ImageProgress {

    /** How long work goes on before the line appears: a second, below which nobody wonders whether the tool is stuck. */
    static final long DELAY_NANOS = 1_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier clock;
    private long start;
    private String shown = "";
    private boolean finished;

    /** A progress line on {@code out} when {@code terminal}; {@code clock} gives nanoseconds ({@link System#nanoTime}). */
    ProgressLine(PrintWriter out, boolean terminal, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
    }

    /** The line's words: {@code Preparing images 37/100}. */
    static String text(int done, int total) {
        return ConsoleText.words("progress.images", done, total);
    }

    /**
     * What rewrites {@code previous} (what the line shows, empty for nothing) into {@code next} (empty: clear it): a
     * carriage return, the new text, and spaces over what is left of the longer old one, then back to the start when
     * clearing so that the next line printed begins at the left.
     */
    static String redraw(String previous, String next) {
        String padding = " ".repeat(Math.max(0, previous.length() - next.length()));
        return "\r" + next + padding + (next.isEmpty() ? "\r" : "");
    }

    @Override
    public synchronized void prepared(int done, int total) {
        if (!terminal || finished) {
            return;
        }
        if (done == 0) {
            start = clock.getAsLong();
            return;
        }
        if (done >= total) {
            finish();
        } else if (clock.getAsLong() - start >= DELAY_NANOS) {
            show(text(done, total));
        }
    }

    /** Clears the line if it shows anything; nothing is shown after this (a build that stopped early calls it too). */
    synchronized void finish() {
        finished = true;
        if (!shown.isEmpty()) {
            show("");
        }
    }

    private void show(String text) {
        out.print(redraw(shown, text));
        out.flush();
        shown = text;
    }
}
