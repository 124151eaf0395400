package fr.brochures.ebook.epub;

import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.pages.Models;

import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.Person;
import fr.brochures.ebook.project.Source;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The EPUB 3 package document: metadata, manifest and spine (https://www.w3.org/TR/epub-33/#sec-package-doc). */
public final class PackageDocument {

    /** The package document's file name in the EPUB. */
    public static final String HREF = "content.opf";

    private PackageDocument() {
    }

    /**
     * Renders the package document; {@code modified} is a UTC time written YYYY-MM-DDThh:mm:ssZ, {@code summary} the
     * accessibility summary.
     */
    public static byte[] render(PageRenderer renderer, BookMetadata metadata, String modified, Manifest manifest, String summary) {
        boolean hasImages = manifest.items().stream()
                .anyMatch(i -> i.mediaType().startsWith("image/") && !i.id().equals(manifest.coverId()));
        List<String> modes = hasImages ? List.of("textual", "visual") : List.of("textual");
        List<String> features = new ArrayList<>(List.of("displayTransformability", "readingOrder", "structuralNavigation",
                "tableOfContents", "unlocked"));
        if (hasImages) {
            features.add(0, "alternativeText");
        }
        return renderer.renderBytes("package.opf.vm", Models.with("language", metadata.language())
                .and("identifier", metadata.identifier())
                .and("title", metadata.title())
                .and("subtitle", metadata.subtitle())
                .and("titleFileAs", metadata.titleFileAs())
                .and("series", metadata.series())
                .and("seriesIndex", metadata.seriesIndex())
                .and("creators", people(metadata.creators(), "creator"))
                .and("contributors", people(metadata.contributors(), "contributor"))
                .and("publisher", metadata.publisher())
                .and("date", metadata.date())
                .and("description", metadata.description())
                .and("subjects", metadata.subjects())
                .and("rights", metadata.rights())
                .and("sources", metadata.sources().stream().map(PackageDocument::sourceLine).toList())
                .and("modified", modified)
                .and("accessModes", modes)
                .and("accessibilityFeatures", features)
                .and("accessibilitySummary", summary)
                // a certifier only when book.yaml names one: nobody certified the book otherwise
                .and("certifiedBy", metadata.certifier())
                .and("certifierReport", metadata.certifierReport())
                .and("coverId", manifest.coverId())
                .and("manifest", manifest.items())
                .and("spine", manifest.spine())
                .map());
    }

    private static String sourceLine(Source source) {
        return source.url() != null ? source.url() : source.title();
    }

    private static List<PersonEntry> people(List<Person> people, String prefix) {
        List<PersonEntry> entries = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            entries.add(new PersonEntry(prefix + "-" + (i + 1), p.name(), p.fileAs(), p.roles()));
        }
        return entries;
    }

    /** A creator or contributor as the package document lists it. */
    public record PersonEntry(String id, String name, String fileAs, List<String> roles) {
    }

    /** One manifest item; {@code properties} is empty text when it has none. */
    public record Item(String id, String href, String mediaType, String properties) {
    }

    /** One spine entry. */
    public record SpineItem(String id, boolean linear) {
    }

    /** The manifest and spine, and the id of the cover image (empty when none). */
    public record Manifest(List<Item> items, List<SpineItem> spine, String coverId) {
    }

    /** The manifest (every resource by href, with the properties EPUB 3 requires) and spine of an assembled book. */
    static Manifest manifestOf(Book book) throws java.io.IOException {
        List<Item> items = new ArrayList<>();
        Resource cover = book.getCoverImage();
        Resource nav = book.getResources().getByHref(NavDocument.HREF);
        List<Resource> resources = book.getResources().getAll().stream().sorted(Comparator.comparing(Resource::getHref)).toList();
        for (Resource resource : resources) {
            items.add(new Item(resource.getId(), resource.getHref(), resource.getMediaType().getName(),
                    properties(resource, resource == nav, resource == cover)));
        }
        List<SpineItem> spine = book.getSpine().getSpineReferences().stream()
                .map(r -> new SpineItem(r.getResource().getId(), r.isLinear())).toList();
        return new Manifest(items, spine, cover == null ? "" : cover.getId());
    }

    /** Manifest properties EPUB 3 requires: nav, cover-image, and svg for documents that embed SVG. */
    private static String properties(Resource resource, boolean isNav, boolean isCover) throws java.io.IOException {
        List<String> properties = new ArrayList<>();
        if (isNav) {
            properties.add("nav");
        }
        if (isCover) {
            properties.add("cover-image");
        }
        if (resource.getMediaType() == MediaTypes.XHTML && containsSvg(resource.getData())) {
            properties.add("svg");
        }
        return String.join(" ", properties);
    }

    /** Whether the UTF-8 bytes hold {@code <svg} (ASCII, so the same bytes in UTF-8), without decoding the document. */
    private static boolean containsSvg(byte[] data) {
        for (int i = 0; i + 3 < data.length; i++) {
            if (data[i] == '<' && data[i + 1] == 's' && data[i + 2] == 'v' && data[i + 3] == 'g') {
                return true;
            }
        }
        return false;
    }
}
