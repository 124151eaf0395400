package fr.brochures.ebook.project;

import java.util.List;

/** Everything book.yaml says about the book, checked and typed. */
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
        String downloadUrl) {

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
