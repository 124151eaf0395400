package fr.brochures.ebook.typography;

import java.util.regex.Pattern;

/** Makes the ordinary space between groups of three digits a no-break space (40 000 → 40 000). */
final class ThousandsSeparator {

    // Lexique, "Nombres": digits are grouped by three with a space that must not break the number across lines.
    // Only existing spaces are changed; no separator is inserted into bare numbers such as the year 2022.
    private static final Pattern GROUPED_NUMBER = Pattern.compile(
            "(?<![0-9])(?<![0-9][.,])[0-9]{1,3}(?:[ \\u00A0\\u202F][0-9]{3})+(?![0-9])");

    private ThousandsSeparator() {
    }

    /** Returns the text with the ordinary spaces inside digit-grouped numbers replaced by no-break spaces. */
    static String apply(String text) {
        return OutsideLinks.replaceAll(text, GROUPED_NUMBER, number -> number.group().replace(" ", Spaces.NO_BREAK));
    }
}
