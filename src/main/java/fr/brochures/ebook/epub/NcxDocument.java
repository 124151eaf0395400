package fr.brochures.ebook.epub;

import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.pages.Models;

import fr.brochures.ebook.project.BookMetadata;

import java.util.ArrayList;
import java.util.List;

/** The EPUB 2 NCX, for reading systems that do not read the navigation document (Adobe RMSDK on Kobo, older readers). */
public final class NcxDocument {

    /** The NCX's file name in the EPUB. */
    public static final String HREF = "toc.ncx";

    private NcxDocument() {
    }

    public static byte[] render(PageRenderer renderer, BookMetadata metadata, List<TocEntry> toc) {
        List<NavPoint> points = new ArrayList<>();
        int[] order = {0};
        int depth = 1;
        for (TocEntry entry : toc) {
            int own = ++order[0];
            List<NavPoint> children = new ArrayList<>();
            for (TocEntry child : entry.children()) {
                children.add(new NavPoint(++order[0], child.title(), child.href(), List.of()));
                depth = 2;
            }
            points.add(new NavPoint(own, entry.title(), entry.href(), children));
        }
        return renderer.renderBytes("toc.ncx.vm", Models.with("language", metadata.language())
                .and("identifier", metadata.identifier())
                .and("title", metadata.fullTitle())
                .and("depth", depth)
                .and("navPoints", points)
                .map());
    }

    /** One navPoint with its play order, which follows the reading order as Kindle requires. */
    public record NavPoint(int order, String title, String href, List<NavPoint> children) {
    }
}
