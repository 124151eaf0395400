package fr.brochures.ebook.write;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one time a build writes everywhere (dcterms:modified, zip entry times): SOURCE_DATE_EPOCH when set, else the
 * book's {@code modified}, else its {@code date}, so that the same sources give the same bytes on any day.
 */
public record BuildTimestamp(Instant instant) {

    /** Picks the time from the environment's epoch (may be null) or the book's metadata. */
    public static BuildTimestamp of(Long sourceDateEpoch, String modified, String date) {
        if (sourceDateEpoch != null) {
            return new BuildTimestamp(Instant.ofEpochSecond(sourceDateEpoch));
        }
        if (modified != null && modified.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
            return new BuildTimestamp(Instant.parse(modified));
        }
        String day = modified != null && modified.matches("\\d{4}-\\d{2}-\\d{2}") ? modified : padded(date);
        return new BuildTimestamp(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static String padded(String date) {
        if (date == null) {
            return "2000-01-01";
        }
        return date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
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
