package fr.brochures.ebook.epub;

import fr.brochures.ebook.model.ManuscriptChapter;

/**
 * What sets one edition of the EPUB apart from another: the content documents it has for each chapter and generated
 * page (the Kobo edition's carry Kobo's spans). The navigation document and the cover page are the same in every edition.
 */
public interface Edition {

    /** The plain EPUB: the manuscript's documents as they are. */
    Edition STANDARD = new Edition() {
        @Override
        public byte[] chapter(ManuscriptChapter chapter) {
            return chapter.xhtml();
        }

        @Override
        public byte[] generatedPage(byte[] xhtml) {
            return xhtml;
        }
    };

    /** The chapter's XHTML document in this edition. */
    byte[] chapter(ManuscriptChapter chapter);

    /** A page the builder generated (title page, notes, colophon) in this edition. */
    byte[] generatedPage(byte[] xhtml);
}
