package fr.brochures.ebook.epub;

import fr.brochures.ebook.pages.PageContext;

/** The cover page: the cover image alone, as Kobo and Apple Books want it (its own XHTML file, first in the spine). */
public final class CoverPage {

    /** The cover page's file name in the EPUB. */
    public static final String HREF = fr.brochures.ebook.project.BookFiles.COVER_PAGE;

    private CoverPage() {
    }

    public static byte[] render(PageContext page, String imageHref) {
        String alt = page.labels().get("cover") + page.labels().get("colon") + " " + page.metadata().fullTitle();
        return page.renderer().renderBytes("cover.xhtml.vm", page.common().and("image", imageHref).and("alt", alt).map());
    }
}
