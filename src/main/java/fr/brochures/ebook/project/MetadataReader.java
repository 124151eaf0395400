package fr.brochures.ebook.project;

import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.DidYouMean;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads book.yaml into {@link BookMetadata} and the reading order, reporting every missing or ill-typed value. */
public final class MetadataReader {

    private static final Pattern RELATOR = Pattern.compile("[a-z]{3}");
    private static final String PUBLICATION_DATE = "a date that exists written YYYY, YYYY-MM or YYYY-MM-DD, or a time "
            + "with its offset from UTC such as 2018-05-08T02:24:50Z";

    private final BuildReport report;
    private final Location location;

    public MetadataReader(BuildReport report, String fileName) {
        this.report = report;
        this.location = Location.of(fileName);
    }

    /** The parsed and checked book.yaml, or null when it is not YAML at all. */
    public Parsed read(String yamlText) {
        YamlLoader.Loaded loaded = YamlLoader.load(yamlText, location, report);
        if (loaded == null) {
            return null;
        }
        if (!(loaded.root() instanceof Map<?, ?> map)) {
            report.error(MessageId.META_001, location, "it must be a mapping of keys (title: …, language: …)");
            return null;
        }
        YamlPlaces places = new YamlPlaces(location.file(), loaded.tree());
        YamlMap yaml = new YamlMap(map, "", report, places);
        yaml.warnUnknownKeys(MetadataKeys.TOP_LEVEL);
        BookMetadata metadata = metadata(yaml);
        return new Parsed(metadata, yaml.texts("front"), yaml.texts("chapters"), yaml.texts("back"), places::of);
    }

    private BookMetadata metadata(YamlMap yaml) {
        String title = yaml.requiredText("title", "title: Kazakhstan");
        String language = yaml.requiredText("language", "language: fr");
        if (language != null && !LanguageTags.isWellFormed(language)) {
            report.error(MessageId.META_003, yaml.at("language"), "language",
                    "a BCP 47 language code such as fr, fr-CA, kk-Cyrl or zh-Hant-TW", "'" + language + "'");
        }
        String identifier = yaml.requiredText("identifier", "identifier: urn:uuid:" + java.util.UUID.nameUUIDFromBytes(String.valueOf(title).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (identifier != null && !identifier.matches("(?i)(urn:[a-z0-9][a-z0-9-]*:\\S+|isbn:?\\S+|https?://\\S+)")) {
            report.error(MessageId.META_003, yaml.at("identifier"), "identifier", "a URN such as urn:uuid:…", "'" + identifier + "'");
        } else if (identifier != null && identifier.regionMatches(true, 0, "urn:uuid:", 0, 9)
                && !identifier.substring(9).matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            report.error(MessageId.META_003, yaml.at("identifier"), "identifier",
                    "a UUID written as 8-4-4-4-12 hexadecimal digits after urn:uuid:", "'" + identifier + "'");
        }
        String date = yaml.requiredText("date", "date: 2022-02");
        if (date != null && BookDates.publication(date).isEmpty()) {
            report.error(MessageId.META_003, yaml.at("date"), "date", PUBLICATION_DATE, "'" + date + "'");
        }
        String modified = yaml.text("modified");
        if (modified != null && BookDates.modified(modified).isEmpty()) {
            report.error(MessageId.META_003, yaml.at("modified"), "modified", "a date that exists written YYYY-MM-DD, or a time "
                    + "with its offset from UTC such as 2026-11-23T00:00:00Z or 2018-05-08T02:24:50+02:00", "'" + modified + "'");
        }
        List<Person> creators = people(yaml, "creators");
        if (creators.isEmpty() && !yaml.holdsOtherThanList("creators")) {
            report.error(MessageId.META_002, yaml.at("creators"), "creators", "creators: [{name: ASAP Révolution, roles: [com, trl]}]");
        }
        String rights = yaml.text("rights");
        if (rights == null || rights.isBlank()) {
            report.note(MessageId.META_005, yaml.at("rights"));
        }
        String downloadUrl = yaml.text("download-url");
        if (downloadUrl != null && !downloadUrl.matches("(?i)https?://[^\\s/?#]+[^\\s?#]*")) {
            report.error(MessageId.META_003, yaml.at("download-url"), "download-url", "the web address of the download page's folder, such as https://example.org/livres/", "'" + downloadUrl + "'");
        }
        String report = yaml.text("accessibility-report");
        if (report != null && !report.matches("(?i)https?://\\S+")) {
            this.report.error(MessageId.META_003, yaml.at("accessibility-report"), "accessibility-report", "the web address of the certifier's report", "'" + report + "'");
        }
        String certifier = yaml.text("accessibility-certifier");
        if (report != null && certifier == null) {
            this.report.error(MessageId.META_002, yaml.at("accessibility-report"), "accessibility-certifier", "accessibility-certifier: the organisation that certified the book");
        }
        return new BookMetadata(title, yaml.text("subtitle"), language, identifier, date, modified,
                creators, people(yaml, "contributors"), yaml.text("publisher"), yaml.text("description"),
                yaml.texts("subjects"), rights, sources(yaml), yaml.text("accessibility-summary"), downloadUrl,
                yaml.text("origin"), certifier, report, yaml.text("photographs-not-reproduced"), labels(yaml), yaml.text("title-file-as"), yaml.text("series"),
                seriesIndex(yaml), tocDepth(yaml));
    }

    /** The book's place in its series, a number (2, 1.5); only with {@code series}. */
    private String seriesIndex(YamlMap yaml) {
        String index = yaml.text("series-index");
        if (index != null && !index.matches("\\d{1,9}(\\.\\d{1,9})?")) {
            report.error(MessageId.META_003, yaml.at("series-index"), "series-index", "the book's number in its series, such as 2 or 1.5",
                    "'" + index + "'");
            return null;
        }
        if (index != null && yaml.text("series") == null) {
            report.error(MessageId.META_002, yaml.at("series-index"), "series", "series: the name of the series");
        }
        return index;
    }

    /** How many levels the contents show: 1 (the chapters) to 6; the default is the chapters and their sections. */
    private int tocDepth(YamlMap yaml) {
        String depth = yaml.text("toc-depth");
        if (depth == null) {
            return BookMetadata.DEFAULT_TOC_DEPTH;
        }
        if (!depth.matches("[1-6]")) {
            report.error(MessageId.META_003, yaml.at("toc-depth"), "toc-depth",
                    "how many levels the contents show, from 1 (the chapters alone) to 6", "'" + depth + "'");
            return BookMetadata.DEFAULT_TOC_DEPTH;
        }
        return Integer.parseInt(depth);
    }

    /** The labels book.yaml replaces: each key must be one of the builder's (a misspelt one is a warning naming the closest). */
    private java.util.Map<String, String> labels(YamlMap yaml) {
        java.util.Map<String, String> labels = yaml.textMap("labels");
        List<String> known = new ArrayList<>(Labels.keys());
        known.addAll(Labels.roleKeys());
        labels.keySet().removeIf(key -> {
            if (known.contains(key)) {
                return false;
            }
            report.warning(MessageId.META_004, yaml.at("labels"), "labels." + key, DidYouMean.of(MetadataKeys.closest(key, known)));
            return true;
        });
        return labels;
    }

    private List<Person> people(YamlMap yaml, String key) {
        List<Person> people = new ArrayList<>();
        for (YamlMap entry : yaml.maps(key)) {
            entry.warnUnknownKeys(MetadataKeys.PERSON);
            String name = entry.requiredText("name", key + ": [{name: …}]");
            if (name == null) {
                continue;
            }
            List<String> roles = entry.texts("roles");
            for (String role : roles) {
                if (!RELATOR.matcher(role).matches() || !Labels.isRelator(role)) {
                    report.error(MessageId.META_006, entry.at("roles"), role, name);
                }
            }
            String fileAs = entry.text("file-as");
            people.add(new Person(name, fileAs == null ? name : fileAs, List.copyOf(roles), entry.text("note")));
        }
        return List.copyOf(people);
    }

    private List<Source> sources(YamlMap yaml) {
        List<Source> sources = new ArrayList<>();
        for (YamlMap entry : yaml.maps("sources")) {
            entry.warnUnknownKeys(MetadataKeys.SOURCE);
            String title = entry.requiredText("title", "sources: [{title: …}]");
            String url = entry.text("url");
            if (url != null && !url.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
                report.error(MessageId.META_003, entry.at("url"), "url", "a web address starting with https:// (without spaces)",
                        "'" + url + "'");
                url = null;
            }
            String date = entry.text("date");
            if (date != null && BookDates.publication(date).isEmpty()) {
                report.error(MessageId.META_003, entry.at("date"), entry.path("date"), PUBLICATION_DATE, "'" + date + "'");
                date = null;
            }
            if (title != null) {
                sources.add(new Source(title, entry.text("publisher"), date, url));
            }
        }
        return List.copyOf(sources);
    }

    /** The metadata and the three lists of the reading order, as written, and where each key or item is written. */
    public record Parsed(BookMetadata metadata, List<String> front, List<String> chapters, List<String> back,
                         java.util.function.Function<String, Location> places) {

        /** Where a key or list item is written, e.g. {@code chapters[2]}. */
        public Location at(String path) {
            return places.apply(path);
        }
    }
}
