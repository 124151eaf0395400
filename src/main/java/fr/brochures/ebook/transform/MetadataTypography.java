package fr.brochures.ebook.transform;

import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.Person;
import fr.brochures.ebook.project.Source;
import fr.brochures.ebook.typography.TypographyRules;

import java.util.List;

/**
 * The book's metadata with the typography rules of the book's language applied to what readers see of it (title,
 * subtitle, names and their notes, publisher, description, rights, origin, accessibility summary and certifier, the reason
 * photographs are not reproduced, the sources' titles and publishers, the series), so that the pages the builder writes (title page, colophon, contents, package document, download page)
 * follow the same rules as the chapters. Codes, dates, identifiers and addresses are left as written.
 */
public final class MetadataTypography {

    private MetadataTypography() {
    }

    public static BookMetadata apply(BookMetadata metadata) {
        TypographyRules rules = TypographyRules.forLanguage(metadata.language());
        return new BookMetadata(rules.apply(metadata.title()), rules.apply(metadata.subtitle()), metadata.language(),
                metadata.identifier(), metadata.date(), metadata.modified(), people(metadata.creators(), rules),
                people(metadata.contributors(), rules), rules.apply(metadata.publisher()), rules.apply(metadata.description()),
                metadata.subjects().stream().map(rules::apply).toList(), rules.apply(metadata.rights()),
                metadata.sources().stream().map(s -> new Source(rules.apply(s.title()), rules.apply(s.publisher()), s.date(), s.url())).toList(),
                rules.apply(metadata.accessibilitySummary()), metadata.downloadUrl(), rules.apply(metadata.origin()),
                rules.apply(metadata.certifier()), metadata.certifierReport(), rules.apply(metadata.photographsNotReproduced()),
                metadata.labels(), metadata.titleFileAs(), rules.apply(metadata.series()), metadata.seriesIndex(), metadata.tocDepth());
    }

    private static List<Person> people(List<Person> people, TypographyRules rules) {
        return people.stream().map(p -> new Person(rules.apply(p.name()), p.fileAs(), p.roles(), rules.apply(p.note()))).toList();
    }
}
