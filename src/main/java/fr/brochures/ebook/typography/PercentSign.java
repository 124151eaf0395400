package fr.brochures.ebook.typography;

import java.util.regex.Pattern;

/** Puts a no-break space between a number and the following percent sign (75 % → 75 %). */
final class PercentSign {

    // Lexique, "Pour cent": the sign is separated from the number by a no-break space, as any unit symbol.
    // A "%" followed by a letter, a digit or a hyphen (100%-libre, %20) is left alone.
    private static final Pattern PERCENT_AFTER_DIGIT = Pattern.compile("(?<=[0-9]) ?%(?![\\p{L}\\p{N}-])");

    private PercentSign() {
    }

    /** Returns the text with an ordinary space, or none, between a digit and "%" made a no-break space. */
    static String apply(String text) {
        return OutsideLinks.replaceAll(text, PERCENT_AFTER_DIGIT, Spaces.NO_BREAK + "%");
    }
}
