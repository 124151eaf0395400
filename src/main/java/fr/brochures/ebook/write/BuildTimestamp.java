package fr.brochures.ebook.write;

import fr.brochures.ebook.project.BookDates;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one time a build writes everywhere (dcterms:modified, zip entry times): SOURCE_DATE_EPOCH when set, else the
 * book's {@code modified}, else its {@code date}, so that the same sources give the same bytes on any day.
 */
public record BuildTimestamp(Instant instant) {

    /** The time of a book that gives no date at all (book.yaml requires one: only a book that failed to load has none). */
    private static final Instant NO_DATE = Instant.parse("2000-01-01T00:00:00Z");

    /**
     * Picks the time from the environment's epoch (may be null) or the book's metadata, as book.yaml's reading checked
     * them ({@link BookDates}): {@code modified} (a day, or a time with its offset, converted to UTC), else the first
     * day of {@code date}.
     */
    public static BuildTimestamp of(Long sourceDateEpoch, String modified, String date) {
        if (sourceDateEpoch != null) {
            return new BuildTimestamp(Instant.ofEpochSecond(sourceDateEpoch));
        }
        return new BuildTimestamp(BookDates.modified(modified)
                .or(() -> BookDates.publication(date).map(BookDates::start))
                .orElse(NO_DATE));
    }

    /** As dcterms:modified wants it: {@code 2022-02-01T00:00:00Z}. */
    public String iso() {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** As zip entries store it, in UTC whatever the machine's zone; zip cannot store times before 1980. */
    public LocalDateTime zipTime() {
        LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        LocalDateTime earliest = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
        return time.isBefore(earliest) ? earliest : time;
    }
}
