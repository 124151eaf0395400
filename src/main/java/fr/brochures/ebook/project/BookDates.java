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
 * month or a day ({@code 2022}, {@code 2022-02}, {@code 2022-02-15}); {@code modified} a day or a time with its offset
 * ({@code 2026-11-23T00:00:00Z}, {@code 2018-05-08T02:24:50+02:00}).
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

    /** A date written YYYY, YYYY-MM or YYYY-MM-DD, as a {@link Year}, {@link YearMonth} or {@link LocalDate}. */
    public static Optional<Temporal> publication(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (text.length()) {
                case 4 -> YEAR.parse(text, Year::from);
                case 7 -> MONTH.parse(text, YearMonth::from);
                default -> DAY.parse(text, LocalDate::from);
            });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The instant {@code modified} names: a day YYYY-MM-DD (its midnight in UTC) or a time with its offset. */
    public static Optional<Instant> modified(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.length() == 10 ? DAY.parse(text, LocalDate::from).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : TIME.parse(text, OffsetDateTime::from).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The first instant of a publication date (a year from its 1 January, a month from its first day), in UTC. */
    public static Instant start(Temporal publication) {
        LocalDate day = publication instanceof Year year ? year.atDay(1)
                : publication instanceof YearMonth month ? month.atDay(1) : LocalDate.from(publication);
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
