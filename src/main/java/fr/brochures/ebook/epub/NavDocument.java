package fr.brochures.ebook.epub;

import fr.brochures.ebook.pages.PageContext;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.GuideReference;
import io.documentnode.epub4j.domain.TOCReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The EPUB 3 navigation document: the table of contents and the landmarks (https://www.w3.org/TR/epub-33/#sec-nav). */
public final class NavDocument {

    /** The navigation document's file name in the EPUB. */
    public static final String HREF = fr.brochures.ebook.project.BookFiles.NAV;

    private NavDocument() {
    }

    public static byte[] render(PageContext page, List<TocEntry> toc, List<Landmark> landmarks) {
        return page.renderer().renderBytes("nav.xhtml.vm", page.common()
                .and("toc", toc)
                .and("landmarks", landmarks)
                .map());
    }

    private static final Map<String, String> LANDMARK_TYPES = Map.of(
            GuideReference.COVER, "cover",
            GuideReference.TITLE_PAGE, "titlepage",
            GuideReference.TEXT, "bodymatter",
            GuideReference.NOTES, "endnotes",
            GuideReference.COLOPHON, "colophon");

    /** The book's table of contents as the templates list it. */
    static List<TocEntry> tocEntries(List<TOCReference> references) {
        List<TocEntry> entries = new ArrayList<>();
        for (TOCReference reference : references) {
            entries.add(new TocEntry(reference.getTitle(), reference.getCompleteHref(), tocEntries(reference.getChildren())));
        }
        return entries;
    }

    /** The book's guide as EPUB 3 landmarks. */
    static List<Landmark> landmarks(Book book) {
        List<Landmark> landmarks = new ArrayList<>();
        for (GuideReference reference : book.getGuide().getReferences()) {
            String type = LANDMARK_TYPES.get(reference.getType());
            if (type != null) {
                landmarks.add(new Landmark(type, reference.getTitle(), reference.getCompleteHref()));
            }
        }
        return landmarks;
    }
}
