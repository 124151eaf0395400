package fr.brochures.ebook.report;

/** How serious a problem is: errors stop the build, warnings do only with {@code --strict}, notes never do. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed before the message. */
    public String label() {
        return label;
    }
}
