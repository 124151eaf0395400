package fr.brochures.ebook.epub;

import fr.brochures.ebook.model.Manuscript;

import java.util.ArrayList;
import java.util.List;

/**
 * The package's accessibility summary (https://www.w3.org/TR/epub-a11y-11/#sec-summary): the book's own when book.yaml
 * gives one, else made in the book's language from what this book has: headings and contents always, linked notes,
 * described images and awaited photographs only when it has them.
 */
final class AccessibilitySummary {

    private AccessibilitySummary() {
    }

    static String of(Manuscript manuscript) {
        if (manuscript.metadata().accessibilitySummary() != null) {
            return manuscript.metadata().accessibilitySummary();
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(manuscript.labels().get("a11y.summary.text"));
        if (!manuscript.notes().isEmpty()) {
            sentences.add(manuscript.labels().get("a11y.summary.notes"));
        }
        if (manuscript.figureCount() > manuscript.awaitedPhotos().size()) {
            sentences.add(manuscript.labels().get("a11y.summary.images"));
        }
        if (!manuscript.awaitedPhotos().isEmpty()) {
            sentences.add(manuscript.labels().get("a11y.summary.awaited"));
        }
        return String.join(" ", sentences);
    }
}
