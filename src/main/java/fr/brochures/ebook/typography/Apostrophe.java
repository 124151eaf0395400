package fr.brochures.ebook.typography;

import java.util.regex.Pattern;

/** Replaces the straight apostrophe after a letter by the typographic apostrophe "’" (U+2019). */
final class Apostrophe {

    // Lexique, "Apostrophe": the typographic apostrophe is a raised comma, not the typewriter's vertical stroke.
    // It is curled between two letters (l'État, aujourd'hui) and at the end of the text node after a letter,
    // where an elided word continues in the next element (l'<em>État</em>).
    private static final Pattern STRAIGHT_APOSTROPHE_AFTER_LETTER = Pattern.compile("(?<=\\p{L})'(?=\\p{L}|\\z)");

    private Apostrophe() {
    }

    /** Returns the text with the straight apostrophes following a letter replaced by "’". */
    static String apply(String text) {
        return OutsideLinks.replaceAll(text, STRAIGHT_APOSTROPHE_AFTER_LETTER, "’");
    }
}
