package fr.brochures.ebook.site;

import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.Person;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One book as an OPDS catalogue lists it (an OPDS Catalog Entry, https://specs.opds.io/opds-1.2 section 5): what
 * {@code book.yaml} says of it, and links to its files, relative to the catalogue. Absent texts are empty, never null
 * (the template's references are strict).
 *
 * @param id         the Atom id: the book's identifier as an IRI ({@link #atomId})
 * @param identifier the book's identifier as {@code book.yaml} gives it (and the EPUB's package)
 * @param authors    the creators' names ({@code dc:creator} in the EPUB)
 * @param issued     the book's date as written, year, month, day or time ({@code dc:issued}, W3CDTF)
 * @param updated    when the book was last changed ({@code modified}, else {@code date}), as Atom writes times
 */
public record CatalogEntry(String id, String identifier, String title, String language, List<String> authors,
                           List<String> contributors, String issued, String publisher, String summary, String rights,
                           List<String> subjects, String updated, List<CatalogLink> links) {

    /** An ISBN written without its URN prefix, {@code isbn:978…} or {@code isbn978…}, which book.yaml accepts. */
    private static final Pattern ISBN = Pattern.compile("(?i)isbn:?(\\S+)");

    public CatalogEntry {
        authors = List.copyOf(authors);
        contributors = List.copyOf(contributors);
        subjects = List.copyOf(subjects);
        links = List.copyOf(links);
    }

    /** The entry of the book of {@code site}, its links relative to the site's folder. */
    static CatalogEntry of(SiteBook site) {
        BookMetadata metadata = site.metadata();
        List<CatalogLink> links = new ArrayList<>();
        if (site.cover() != null) {
            links.add(CatalogLink.of(CatalogLink.IMAGE, site.cover().href(), CatalogLink.JPEG));
        }
        if (site.thumbnail() != null) {
            links.add(CatalogLink.of(CatalogLink.THUMBNAIL, site.thumbnail().href(), CatalogLink.JPEG));
        }
        if (!site.readHref().isEmpty()) {
            links.add(CatalogLink.of(CatalogLink.ALTERNATE, site.readHref(), CatalogLink.HTML));
        }
        for (Download download : site.downloads()) {
            links.add(new CatalogLink(CatalogLink.ACQUISITION, download.href(), download.kobo() ? CatalogLink.KEPUB : CatalogLink.EPUB,
                    download.bytes()));
        }
        return new CatalogEntry(atomId(metadata.identifier()), text(metadata.identifier()), metadata.fullTitle(),
                text(metadata.language()), names(metadata.creators()), names(metadata.contributors()), text(metadata.date()),
                text(metadata.publisher()), text(metadata.description()), text(metadata.rights()),
                metadata.subjects() == null ? List.of() : metadata.subjects(), atomTime(site.updated()), links);
    }

    /** The same entry seen from the folder above, the book's site being in {@code folderHref} (a percent-encoded name). */
    public CatalogEntry within(String folderHref) {
        return new CatalogEntry(id, identifier, title, language, authors, contributors, issued, publisher, summary, rights,
                subjects, updated, links.stream().map(link -> link.within(folderHref)).toList());
    }

    /**
     * The book's identifier as an Atom id, which must be an IRI (RFC 4287, 4.2.6): {@code urn:…} and web addresses as
     * they are, an ISBN written {@code isbn:978…} as the URN {@code urn:isbn:978…} (RFC 3187).
     */
    static String atomId(String identifier) {
        Matcher isbn = ISBN.matcher(identifier);
        return isbn.matches() ? "urn:isbn:" + isbn.group(1) : identifier;
    }

    /** A time as Atom writes it (RFC 3339, in UTC, to the second): {@code 2026-11-23T00:00:00Z}. */
    static String atomTime(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    private static List<String> names(List<Person> people) {
        return people == null ? List.of() : people.stream().map(Person::name).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
