package fr.brochures.ebook.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the tool's output goes to a person at a terminal rather than into a pipe, a file or a CI log. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when standard output is a terminal. Up to Java 21, {@link System#console()} is null as soon as input or output
     * is redirected; from Java 22 it returns a console in every case and {@code Console.isTerminal()} (called by
     * reflection: the tool is compiled for 17) says whether it is one.
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // before Java 22: a console exists only for a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // when in doubt, no progress line: a stray \r in a log is worse than none on a screen
        }
    }
}
