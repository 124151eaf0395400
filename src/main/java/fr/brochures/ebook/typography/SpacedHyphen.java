package fr.brochures.ebook.typography;

import java.util.regex.Pattern;

/** Replaces a hyphen set between spaces (" - ") by a spaced en dash (" – "). */
final class SpacedHyphen {

    // Lexique, "Tiret": an incise or a pause is marked by a dash (tiret moyen) between spaces; a hyphen
    // surrounded by spaces is a typewriter substitute. Hyphens inside words (Est-ce, par-dessus) have no space.
    private static final Pattern HYPHEN_BETWEEN_SPACES = Pattern.compile("(?<=[^\\s-]) - (?=[^\\s-])");

    private SpacedHyphen() {
    }

    /** Returns the text with each " - " between two visible characters replaced by " – ". */
    static String apply(String text) {
        return OutsideLinks.replaceAll(text, HYPHEN_BETWEEN_SPACES, " – ");
    }
}
