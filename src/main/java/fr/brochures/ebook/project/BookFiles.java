package fr.brochures.ebook.project;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
    /**
     * The names no chapter may take: the pages the builder writes, but the notes page, which takes another name when a
     * chapter has its usual one ({@link #notesPage}), and whose usual name is that of Standard Ebooks' notes file.
     */
    public static final Set<String> RESERVED_FOR_PAGES = Set.of(COVER_PAGE, TITLE_PAGE, COLOPHON, NAV);

    /** The notes page's name: {@link #ENDNOTES}, else the first of {@code notes.xhtml}, {@code endnotes-2.xhtml}… no chapter has. */
    public static String notesPage(Collection<String> chapters) {
        Set<String> taken = chapters.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (!taken.contains(ENDNOTES)) {
            return ENDNOTES;
        }
        if (!taken.contains("notes.xhtml")) {
            return "notes.xhtml";
        }
        int n = 2;
        while (taken.contains("endnotes-" + n + ".xhtml")) {
            n++;
        }
        return "endnotes-" + n + ".xhtml";
    }

    private BookFiles() {
    }
}
