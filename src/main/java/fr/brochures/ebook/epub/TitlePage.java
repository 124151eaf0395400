package fr.brochures.ebook.epub;

import fr.brochures.ebook.pages.PageContext;
import fr.brochures.ebook.pages.Credit;
import fr.brochures.ebook.pages.DisplayDates;

/** The title page: title, subtitle, who made the edition and when. */
public final class TitlePage {

    /** The title page's file name in the EPUB. */
    public static final String HREF = fr.brochures.ebook.project.BookFiles.TITLE_PAGE;

    private TitlePage() {
    }

    public static byte[] render(PageContext page) {
        var metadata = page.metadata();
        return page.renderer().renderBytes("titlepage.xhtml.vm", page.common()
                .and("title", metadata.title())
                .and("subtitle", metadata.subtitle())
                .and("credits", Credit.of(metadata.creators(), page.labels()))
                .and("date", DisplayDates.of(metadata.date(), metadata.language()))
                .map());
    }
}
