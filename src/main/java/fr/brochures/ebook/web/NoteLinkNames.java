package fr.brochures.ebook.web;

import fr.brochures.ebook.labels.Labels;
import org.jsoup.nodes.Element;

/**
 * Gives the links of the notes names a screen reader can say: a note reference, whose text is its number alone, is
 * "Note 3"; a back-link, whose text is an arrow, is named by its title ("Back to the text").
 */
final class NoteLinkNames {

    /** The note references the builder writes (EndnotesTransform), as the pop-ups also find them. */
    static final String NOTE_REFERENCES = "a[role~=doc-noteref]";
    /** The back-links of the notes page. */
    static final String BACKLINKS = "a[role~=doc-backlink]";

    private final Labels labels;

    NoteLinkNames(Labels labels) {
        this.labels = labels;
    }

    void apply(Element root) {
        for (Element reference : root.select(NOTE_REFERENCES)) {
            reference.attr("aria-label", name(reference));
        }
        for (Element backlink : root.select(BACKLINKS)) {
            if (!backlink.attr("title").isBlank()) {
                backlink.attr("aria-label", backlink.attr("title"));
            }
        }
    }

    /** "Note 3", in the book's language. */
    String name(Element reference) {
        return labels.get("note.reference") + " " + reference.text().strip();
    }
}
