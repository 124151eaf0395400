package fr.brochures.ebook.typography;

import java.util.regex.Pattern;

/** Collapses two or more ordinary spaces between visible characters into one. */
final class DoubledSpaces {

    // A run of spaces inside a line is a typing accident (Lexique, "Espaces": one word space between words).
    // Runs touching a line break or the ends of the text node are source indentation and are left as they are.
    private static final Pattern SPACES_BETWEEN_CHARACTERS = Pattern.compile("(?<=\\S) {2,}(?=\\S)");

    private DoubledSpaces() {
    }

    /** Returns the text with each run of ordinary spaces between two visible characters reduced to one space. */
    static String apply(String text) {
        return OutsideLinks.replaceAll(text, SPACES_BETWEEN_CHARACTERS, " ");
    }
}
