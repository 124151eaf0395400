package fr.brochures.ebook.project;

import java.util.List;
import java.util.Optional;

/** The keys book.yaml may hold, and the nearest known key for a misspelt one. */
public final class MetadataKeys {

    /** Every key of the top level of book.yaml. */
    public static final List<String> TOP_LEVEL = List.of(
            "title", "subtitle", "title-file-as", "series", "series-index", "language", "identifier", "date", "modified",
            "creators", "contributors", "publisher", "description", "subjects", "rights",
            "sources", "origin", "accessibility-summary", "accessibility-certifier", "accessibility-report", "download-url",
            "photographs-not-reproduced", "labels", "toc-depth", "front", "chapters", "back");

    /** Every key of a person entry (creators, contributors). */
    public static final List<String> PERSON = List.of("name", "file-as", "roles", "note");

    /** Every key of a source entry. */
    public static final List<String> SOURCE = List.of("title", "publisher", "date", "url");

    private MetadataKeys() {
    }

    /** The known key closest to {@code key} by edit distance, when it is close enough to be a typo. */
    public static Optional<String> closest(String key, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(key.toLowerCase(), candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
