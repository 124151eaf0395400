package fr.brochures.ebook.cli;

/**
 * How much a command prints, as {@code -q/--quiet} and {@code -v/--verbose} ask, the way git, Maven or curl do: quiet
 * prints only errors (the exit code says the rest, for scripts), verbose adds what a publisher looks at when a build is
 * slow or a file is not where expected.
 */
enum Verbosity {
    /** Only errors. */
    QUIET,
    /** Problems and the summary. */
    NORMAL,
    /** Also the steps and their times, the images, every file written; for {@code check}, EPUBCheck's usage notes. */
    VERBOSE;

    /** The verbosity asked for; both at once is refused before this is asked. */
    static Verbosity of(boolean quiet, boolean verbose) {
        return quiet ? QUIET : verbose ? VERBOSE : NORMAL;
    }
}
