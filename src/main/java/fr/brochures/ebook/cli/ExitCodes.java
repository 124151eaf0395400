package fr.brochures.ebook.cli;

/** The exit codes of the command line. */
public final class ExitCodes {

    /** The book was built, or the EPUB is valid. */
    public static final int OK = 0;
    /** The book has errors, or the EPUB is invalid. */
    public static final int INVALID = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;
    /** A bug in the builder: details were written to a file. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
