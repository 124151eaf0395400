package fr.brochures.ebook.pages;

import fr.brochures.ebook.project.BookDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the book's date (YYYY, YYYY-MM, YYYY-MM-DD, or a time, shown as its day) as readers of its language write it: "février 2022",
 * "6&#160;janvier 2022", "1er&#160;mai 2022" (a no-break space keeps the day with its month at the end of a line).
 */
public final class DisplayDates {

    private DisplayDates() {
    }

    public static String of(String isoDate, String language) {
        if (isoDate == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        Temporal date = BookDates.publication(isoDate).orElse(null);
        LocalDate day = date == null ? null : BookDates.day(date);
        if (day != null) {
            return day.format(dayMonthYear(locale));
        }
        if (date instanceof YearMonth month) {
            return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
        }
        return isoDate;
    }

    /**
     * Day, no-break space, month and year. French writes the first day of a month as an ordinal, «&#160;1er&#160;mai&#160;»
     * (Lexique des règles typographiques en usage à l'Imprimerie nationale: «&#160;le 1er janvier&#160;», the other days
     * cardinal); the other languages the builder knows write the number alone.
     */
    private static DateTimeFormatter dayMonthYear(Locale locale) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
        if (locale.getLanguage().equals("fr")) {
            Map<Long, String> days = new HashMap<>();
            for (long day = 1; day <= 31; day++) {
                days.put(day, day == 1 ? "1er" : Long.toString(day));
            }
            builder.appendText(ChronoField.DAY_OF_MONTH, days);
        } else {
            builder.appendValue(ChronoField.DAY_OF_MONTH);
        }
        return builder.appendPattern("\u00A0MMMM yyyy").toFormatter(locale);
    }
}
