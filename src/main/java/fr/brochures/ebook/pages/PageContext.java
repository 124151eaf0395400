package fr.brochures.ebook.pages;

import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.project.BookMetadata;

import java.util.List;

/** What every generated page needs: the renderer, the book's metadata and labels, and the stylesheets to link. */
public record PageContext(PageRenderer renderer, BookMetadata metadata, Labels labels, List<String> stylesheets) {

    /** The variables shared by every page template. */
    public Models common() {
        return Models.with("language", metadata.language()).and("labels", labels).and("stylesheets", stylesheets);
    }
}
