package fr.brochures.ebook.epub;

import fr.brochures.ebook.pages.PageContext;
import fr.brochures.ebook.pages.Credit;
import fr.brochures.ebook.pages.DisplayDates;

import java.util.ArrayList;
import java.util.List;

/**
 * The colophon: every credit, the original texts, publisher, date, rights (or their absence), the identifier, and, when
 * photographs of the printed edition are still awaited, the one place that says they are not reproduced and why.
 */
public final class ColophonPage {

    /** The colophon's file name in the EPUB. */
    public static final String HREF = fr.brochures.ebook.project.BookFiles.COLOPHON;

    private ColophonPage() {
    }

    /** The colophon; {@code photosAwaited} when some figure's photograph is not in the book. */
    public static byte[] render(PageContext page, boolean photosAwaited) {
        var metadata = page.metadata();
        List<fr.brochures.ebook.project.Person> everyone = new ArrayList<>(metadata.creators());
        everyone.addAll(metadata.contributors());
        return page.renderer().renderBytes("colophon.xhtml.vm", page.common()
                .and("title", metadata.title())
                .and("subtitle", metadata.subtitle())
                .and("credits", Credit.of(everyone, page.labels()))
                .and("sources", metadata.sources().stream()
                        .map(s -> new fr.brochures.ebook.project.Source(s.title(), s.publisher(),
                                DisplayDates.of(s.date(), metadata.language()), s.url()))
                        .toList())
                .and("publisher", metadata.publisher())
                .and("date", DisplayDates.of(metadata.date(), metadata.language()))
                .and("rights", metadata.rights())
                .and("identifier", metadata.identifier())
                .and("origin", metadata.origin())
                .and("photosAwaited", photosAwaited)
                .and("photosReason", metadata.photographsNotReproduced())
                .map());
    }
}
