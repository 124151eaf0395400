package fr.brochures.ebook.pages;

import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.Person;
import fr.brochures.ebook.project.Source;

import java.util.ArrayList;
import java.util.List;

/** The EPUB 3 package document: metadata, manifest and spine (https://www.w3.org/TR/epub-33/#sec-package-doc). */
public final class PackageDocument {

    /** The package document's file name in the EPUB. */
    public static final String HREF = "content.opf";

    private PackageDocument() {
    }

    /** Renders the package document; {@code modified} is a UTC time written YYYY-MM-DDThh:mm:ssZ. */
    public static byte[] render(PageRenderer renderer, BookMetadata metadata, String modified, Manifest manifest) {
        boolean hasImages = manifest.items().stream()
                .anyMatch(i -> i.mediaType().startsWith("image/") && !i.id().equals(manifest.coverId()));
        List<String> modes = hasImages ? List.of("textual", "visual") : List.of("textual");
        List<String> features = new ArrayList<>(List.of("displayTransformability", "readingOrder", "structuralNavigation",
                "tableOfContents", "unlocked"));
        if (hasImages) {
            features.add(0, "alternativeText");
        }
        String summary = metadata.accessibilitySummary() != null ? metadata.accessibilitySummary()
                : "Text with headings, a table of contents and linked notes; images have text alternatives.";
        return renderer.renderBytes("package.opf.vm", Models.with("language", metadata.language())
                .and("identifier", metadata.identifier())
                .and("title", metadata.title())
                .and("subtitle", metadata.subtitle())
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
                .and("certifiedBy", metadata.publisher() != null ? metadata.publisher() : metadata.creators().get(0).name())
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
}
