package fr.brochures.ebook.project;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Optional;

/**
 * The dates book.yaml gives, read by {@code java.time} strictly: a day that does not exist ({@code 2026-02-30}, a
 * thirteenth month) is no date, never one moved to the next month. {@code date} and the sources' dates are a year, a
 * month, a day or a time with its offset ({@code 2022}, {@code 2022-02}, {@code 2022-02-15},
 * {@code 2018-05-08T02:24:50Z}); so is {@code modified} ({@code 2026-11-23T00:00:00Z}, {@code 2018-05-08T02:24:50+02:00}).
 */
public final class BookDates {

    private static final DateTimeFormatter YEAR = strict(new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4));
    private static final DateTimeFormatter MONTH = strict(new DateTimeFormatterBuilder()
            .append(YEAR).appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2));
    private static final DateTimeFormatter DAY = strict(new DateTimeFormatterBuilder()
            .append(MONTH).appendLiteral('-').appendValue(ChronoField.DAY_OF_MONTH, 2));
    private static final DateTimeFormatter TIME = strict(new DateTimeFormatterBuilder()
            .append(DAY).appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).appendOffset("+HH:MM", "Z"));

    private BookDates() {
    }

    private static DateTimeFormatter strict(DateTimeFormatterBuilder builder) {
        return builder.toFormatter(Locale.ROOT).withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * A date written YYYY, YYYY-MM, YYYY-MM-DD or as a time with its offset (what real package documents hold, e.g.
     * Standard Ebooks' {@code 2018-05-08T02:24:50Z}), as a {@link Year}, {@link YearMonth}, {@link LocalDate} or
     * {@link OffsetDateTime}.
     */
    public static Optional<Temporal> publication(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (text.length()) {
                case 4 -> YEAR.parse(text, Year::from);
                case 7 -> MONTH.parse(text, YearMonth::from);
                case 10 -> DAY.parse(text, LocalDate::from);
                default -> TIME.parse(text, OffsetDateTime::from);
            });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The instant {@code modified} names: any date {@link #publication} reads, a day from its midnight in UTC. */
    public static Optional<Instant> modified(String text) {
        return publication(text).map(BookDates::start);
    }

    /** The day a date names, as written (a time's day in its own offset); null when it names no single day. */
    public static LocalDate day(Temporal date) {
        return date instanceof LocalDate day ? day : date instanceof OffsetDateTime time ? time.toLocalDate() : null;
    }

    /**
     * The first instant of a date (a year from its 1 January, a month from its first day, a day from its midnight) in
     * UTC; a time is its own instant.
     */
    public static Instant start(Temporal date) {
        if (date instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        LocalDate day = date instanceof Year year ? year.atDay(1)
                : date instanceof YearMonth month ? month.atDay(1) : LocalDate.from(date);
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
