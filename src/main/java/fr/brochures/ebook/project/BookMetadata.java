package fr.brochures.ebook.project;

import java.util.List;
import java.util.Map;

/**
 * Everything book.yaml says about the book, checked and typed. {@code origin} says where the text comes from (shown on
 * the colophon); {@code certifier} and {@code certifierReport} who certified the book's accessibility, and where their
 * report is (none unless book.yaml names them); {@code photographsNotReproduced} is the book's own reason why its awaited
 * photographs are missing, said once on the colophon (null: the builder's words); {@code labels} replace words the
 * builder writes (label key → text);
 * {@code titleFileAs} how the title sorts, {@code series} and {@code seriesIndex} the collection the book belongs to and
 * its place in it (EPUB 3 {@code belongs-to-collection}); {@code tocDepth} how many levels the contents show.
 */
public record BookMetadata(
        String title,
        String subtitle,
        String language,
        String identifier,
        String date,
        String modified,
        List<Person> creators,
        List<Person> contributors,
        String publisher,
        String description,
        List<String> subjects,
        String rights,
        List<Source> sources,
        String accessibilitySummary,
        String downloadUrl,
        String origin,
        String certifier,
        String certifierReport,
        String photographsNotReproduced,
        Map<String, String> labels,
        String titleFileAs,
        String series,
        String seriesIndex,
        int tocDepth) {

    /** How many levels the contents show when book.yaml does not say: the chapters and their sections. */
    public static final int DEFAULT_TOC_DEPTH = 2;

    public BookMetadata {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        tocDepth = tocDepth <= 0 ? DEFAULT_TOC_DEPTH : tocDepth;
    }

    /** Metadata without a sort title, series or contents depth (the contents show chapters and their sections). */
    public BookMetadata(String title, String subtitle, String language, String identifier, String date, String modified,
            List<Person> creators, List<Person> contributors, String publisher, String description, List<String> subjects,
            String rights, List<Source> sources, String accessibilitySummary, String downloadUrl, String origin,
            String certifier, String certifierReport, String photographsNotReproduced, Map<String, String> labels) {
        this(title, subtitle, language, identifier, date, modified, creators, contributors, publisher, description,
                subjects, rights, sources, accessibilitySummary, downloadUrl, origin, certifier, certifierReport,
                photographsNotReproduced, labels, null, null, null, DEFAULT_TOC_DEPTH);
    }

    /** Metadata without origin, certifier, reason for missing photographs or labels. */
    public BookMetadata(String title, String subtitle, String language, String identifier, String date, String modified,
            List<Person> creators, List<Person> contributors, String publisher, String description, List<String> subjects,
            String rights, List<Source> sources, String accessibilitySummary, String downloadUrl) {
        this(title, subtitle, language, identifier, date, modified, creators, contributors, publisher, description,
                subjects, rights, sources, accessibilitySummary, downloadUrl, null, null, null, null, Map.of());
    }

    /** Metadata without a download address (the folder where the download page is published). */
    public BookMetadata(String title, String subtitle, String language, String identifier, String date, String modified,
            List<Person> creators, List<Person> contributors, String publisher, String description, List<String> subjects,
            String rights, List<Source> sources, String accessibilitySummary) {
        this(title, subtitle, language, identifier, date, modified, creators, contributors, publisher, description,
                subjects, rights, sources, accessibilitySummary, null);
    }

    /** The title and subtitle as one line. */
    public String fullTitle() {
        return subtitle == null || subtitle.isBlank() ? title : title + " — " + subtitle;
    }
}
