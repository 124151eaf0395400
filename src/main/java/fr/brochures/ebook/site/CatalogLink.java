package fr.brochures.ebook.site;

/**
 * One link of an OPDS catalogue (an Atom {@code <link>}): its relation, where it leads (relative to the catalogue), the
 * media type of what it leads to, and the size in bytes when known (Atom's advisory {@code length}; 0: not said).
 * The relations and types are OPDS 1.2's (https://specs.opds.io/opds-1.2, sections 2 and 6).
 */
public record CatalogLink(String rel, String href, String type, long length) {

    /** A catalogue's own address. */
    public static final String SELF = "self";
    /** The catalogue's root: with a single acquisition feed, the feed itself. */
    public static final String START = "start";
    /** Another form of the same thing: the download page of the feed, the web edition of a book. */
    public static final String ALTERNATE = "alternate";
    /** A file of the book to take away, free of charge (OPDS 1.2, 6.1: the generic acquisition relation). */
    public static final String ACQUISITION = "http://opds-spec.org/acquisition";
    /** The book's cover. */
    public static final String IMAGE = "http://opds-spec.org/image";
    /** The cover, small: what catalogue apps show in their lists. */
    public static final String THUMBNAIL = "http://opds-spec.org/image/thumbnail";

    /** A link to an acquisition feed (OPDS 1.2, 2.2: the complete media type such links must have). */
    public static final String ACQUISITION_FEED = "application/atom+xml;profile=opds-catalog;kind=acquisition";
    /** The EPUB. */
    public static final String EPUB = "application/epub+zip";
    /** The Kobo edition: the type Kobo's own store and OPDS servers (calibre-web, Standard Ebooks) give kepub files. */
    public static final String KEPUB = "application/kepub+zip";
    /** A web page: the download page, the web edition. */
    public static final String HTML = "text/html";
    /** The covers. */
    public static final String JPEG = "image/jpeg";

    /** A link whose size is not said. */
    public static CatalogLink of(String rel, String href, String type) {
        return new CatalogLink(rel, href, type, 0);
    }

    /** The same link seen from the folder above, the book's site being in {@code folderHref} (a percent-encoded name). */
    public CatalogLink within(String folderHref) {
        return new CatalogLink(rel, folderHref + "/" + href, type, length);
    }

    /** Whether the link says the size of what it leads to. */
    public boolean hasLength() {
        return length > 0;
    }
}
