package fr.brochures.ebook.model;

/** Who wrote a note: the translators (labelled for readers, e.g. «N.d.T.» in French) or the original author. */
public enum NoteKind {
    TRANSLATOR("translator"),
    AUTHOR("author");

    private final String attribute;

    NoteKind(String attribute) {
        this.attribute = attribute;
    }

    /** The value of {@code data-by} in the sources. */
    public String attribute() {
        return attribute;
    }

    /** The kind written as {@code value} in {@code data-by}, or null when unknown. */
    public static NoteKind fromAttribute(String value) {
        for (NoteKind kind : values()) {
            if (kind.attribute.equals(value)) {
                return kind;
            }
        }
        return null;
    }
}
