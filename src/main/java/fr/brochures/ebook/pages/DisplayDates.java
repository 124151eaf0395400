package fr.brochures.ebook.pages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes the book's date (YYYY, YYYY-MM or YYYY-MM-DD) as readers of its language write it: "février 2022",
 * "6&#160;janvier 2022" (a no-break space keeps the day with its month at the end of a line).
 */
public final class DisplayDates {

    private DisplayDates() {
    }

    public static String of(String isoDate, String language) {
        if (isoDate == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        try {
            if (isoDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(isoDate).format(DateTimeFormatter.ofPattern("d\u00A0MMMM yyyy", locale));
            }
            if (isoDate.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(isoDate).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
            }
        } catch (java.time.DateTimeException e) {
            return isoDate;
        }
        return isoDate;
    }
}
