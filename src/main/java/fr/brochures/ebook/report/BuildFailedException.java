package fr.brochures.ebook.report;

/** Thrown between pipeline stages when the report holds errors, so that later stages do not run on a broken book. */
public final class BuildFailedException extends RuntimeException {

    private final transient BuildReport report;

    public BuildFailedException(BuildReport report) {
        super("the book has errors", null, false, false);
        this.report = report;
    }

    /** The report holding the errors. */
    public BuildReport report() {
        return report;
    }
}
