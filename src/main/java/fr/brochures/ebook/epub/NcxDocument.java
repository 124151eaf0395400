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
        int[] order = {0};
        List<NavPoint> points = navPoints(toc, order);
        return renderer.renderBytes("toc.ncx.vm", Models.with("language", metadata.language())
                .and("identifier", metadata.identifier())
                .and("title", metadata.fullTitle())
                .and("depth", Math.max(1, depth(points)))
                .and("navPoints", points)
                .map());
    }

    /** The entries as navPoints numbered in reading order, each before the points under it. */
    private static List<NavPoint> navPoints(List<TocEntry> entries, int[] order) {
        List<NavPoint> points = new ArrayList<>();
        for (TocEntry entry : entries) {
            int own = ++order[0];
            points.add(new NavPoint(own, entry.title(), entry.href(), navPoints(entry.children(), order)));
        }
        return points;
    }

    /** How many levels deep the points go (dtb:depth). */
    private static int depth(List<NavPoint> points) {
        return points.stream().mapToInt(point -> 1 + depth(point.children())).max().orElse(0);
    }

    /** One navPoint with its play order, which follows the reading order as Kindle requires. */
    public record NavPoint(int order, String title, String href, List<NavPoint> children) {
    }
}
