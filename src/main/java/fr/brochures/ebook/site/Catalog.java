package fr.brochures.ebook.site;

import fr.brochures.ebook.pages.PageRenderer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The OPDS 1.2 catalogue of a site, {@code catalog.xml}: one acquisition feed (an Atom feed, RFC 4287) listing every
 * book of the site with its files (https://specs.opds.io/opds-1.2). It is the catalogue's root, so its {@code start}
 * link is itself; e-reader apps (KOReader, Thorium Reader…) add its address and download the books from it. Made from
 * {@code templates/site/catalog.xml.vm}; every link is relative to the catalogue, so the folder works wherever it is
 * published.
 *
 * @param id       the feed's Atom id ({@link #id})
 * @param title    what apps call the catalogue
 * @param language the language of its title ({@code xml:lang})
 * @param authors  who publishes it (Atom wants a feed's author unless every entry has one, which every book has)
 * @param updated  the last time one of its books changed
 */
public record Catalog(String id, String title, String language, List<String> authors, String updated, List<CatalogEntry> entries) {

    private static final String TEMPLATE = "site/catalog.xml.vm";

    public Catalog {
        authors = List.copyOf(authors);
        entries = List.copyOf(entries);
    }

    /**
     * The feed's Atom id: its address when the site's is known ({@code https://example.org/livres/catalog.xml}), else a
     * UUID made from the identifiers of its books (RFC 4122, name-based), so that the same books give the same id on any
     * machine and day.
     */
    public static String id(BaseUrl address, List<String> identifiers) {
        if (address != null) {
            return address.resolve(SiteFiles.CATALOG);
        }
        String name = "catalog:" + String.join(" ", identifiers);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The latest {@code updated} of the entries (Atom times of one format and zone compare as instants do). */
    public static String latest(List<CatalogEntry> entries) {
        return entries.stream().map(e -> Instant.parse(e.updated())).max(Instant::compareTo)
                .map(CatalogEntry::atomTime).orElse(CatalogEntry.atomTime(Instant.EPOCH));
    }

    /** The feed's XML in UTF-8. */
    public byte[] render(PageRenderer renderer) {
        Map<String, Object> model = new HashMap<>();
        model.put("feed", this);
        model.put("self", SiteFiles.href(SiteFiles.CATALOG));
        model.put("page", SiteFiles.href(SiteFiles.INDEX));
        model.put("feedType", CatalogLink.ACQUISITION_FEED);
        model.put("htmlType", CatalogLink.HTML);
        return renderer.renderBytes(TEMPLATE, model);
    }
}
