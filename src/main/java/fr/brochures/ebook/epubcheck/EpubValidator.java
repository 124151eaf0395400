package fr.brochures.ebook.epubcheck;

import java.nio.file.Path;
import java.util.List;
import java.util.MissingResourceException;
import java.util.function.Function;

/**
 * Runs W3C EPUBCheck on an EPUB file and collects its findings with their severity and place. EPUBCheck is a library
 * on the class path; when it is missing or incomplete (a distribution made without its jars), {@link #validate} throws
 * {@link Unavailable} saying what is missing, instead of the class loader's error.
 */
public final class EpubValidator {

    /** The EPUBCheck the tool is built with, for messages. */
    public static final String EPUBCHECK = "W3C EPUBCheck 5.3.0";

    private final Function<Path, ValidationResult> engine;

    /** A validator running EPUBCheck itself. */
    public EpubValidator() {
        // a lambda, not a method reference: a reference links EpubCheckRun (and loads EPUBCheck) here, outside validate
        this(epub -> EpubCheckRun.validate(epub));
    }

    /** A validator running {@code engine} where EPUBCheck would run: to test what happens when it is missing. */
    EpubValidator(Function<Path, ValidationResult> engine) {
        this.engine = engine;
    }

    /**
     * Validates {@code epub}; the result lists every fatal error, error, warning and usage note.
     *
     * @throws Unavailable when EPUBCheck's classes or resources cannot be loaded
     */
    public ValidationResult validate(Path epub) {
        try {
            return engine.apply(epub);
        } catch (LinkageError e) {
            // NoClassDefFoundError, or a class of EPUBCheck or of a library it needs that failed to initialise
            throw new Unavailable(missing(e), e);
        } catch (MissingResourceException e) {
            throw new Unavailable("its resource " + (e.getClassName() == null || e.getClassName().isEmpty() ? e.getKey()
                    : e.getClassName()) + " cannot be found", e);
        }
    }

    /** What the class loader could not find, in a few words. */
    private static String missing(LinkageError error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().replace('/', '.');
        String failedBefore = "Could not initialize class "; // the JDK's words when a class failed once already
        if (what.startsWith(failedBefore)) {
            return "its class " + what.substring(failedBefore.length()) + " cannot be initialised";
        }
        return cause instanceof NoClassDefFoundError || cause instanceof ClassNotFoundException
                ? "its class " + what + " cannot be found" : "it cannot be loaded (" + what + ")";
    }

    /** One message of EPUBCheck: its severity (FATAL, ERROR, WARNING, USAGE), code, the file in the EPUB and place, text. */
    public record Finding(String severity, String code, String path, int line, int column, String text) {

        /** As the {@code check} command prints it: {@code ERROR RSC-005 OEBPS/a.xhtml:12:3: text}. */
        @Override
        public String toString() {
            return severity + " " + code + " " + (path == null ? "" : path + (line > 0 ? ":" + line + ":" + column : "")) + ": " + text;
        }

        /** True for what makes a book invalid or doubtful: a fatal error, an error or a warning (not a usage note). */
        public boolean counts() {
            return !severity.equals("USAGE");
        }
    }

    /** EPUBCheck's counts and messages for one file. */
    public record ValidationResult(int fatal, int errors, int warnings, int usages, List<Finding> details) {

        /** The messages as the {@code check} command prints them. */
        public List<String> findings() {
            return details.stream().map(Finding::toString).toList();
        }

        /** True when EPUBCheck found no fatal error, error or warning. */
        public boolean clean() {
            return fatal == 0 && errors == 0 && warnings == 0;
        }
    }

    /** EPUBCheck cannot run in this installation: {@link #getMessage()} says what is missing ("its class … cannot be found"). */
    public static final class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unavailable(String what, Throwable cause) {
            super(what, cause);
        }
    }
}
