package fr.brochures.ebook.project;

import java.util.Set;

/**
 * The names the builder gives files of its own in every edition of a book: no chapter or image of the project may take
 * them, and links into them are the builder's to check.
 */
public final class BookFiles {

    public static final String COVER_PAGE = "cover.xhtml";
    public static final String TITLE_PAGE = "titlepage.xhtml";
    public static final String ENDNOTES = "endnotes.xhtml";
    public static final String COLOPHON = "colophon.xhtml";
    public static final String NAV = "nav.xhtml";
    /** The cover image. */
    public static final String COVER_IMAGE = "images/cover.jpg";
    /** The folder of the book's stylesheets, e.g. {@code styles/book.css}. */
    public static final String STYLES_DIR = "styles/";

    /** The pages the builder writes itself. */
    public static final Set<String> GENERATED_PAGES = Set.of(COVER_PAGE, TITLE_PAGE, ENDNOTES, COLOPHON, NAV);

    private BookFiles() {
    }
}
