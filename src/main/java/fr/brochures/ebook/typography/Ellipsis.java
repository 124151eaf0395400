package fr.brochures.ebook.typography;

import java.util.regex.Pattern;

/** Replaces three full stops "..." by the ellipsis character "…" (U+2026). */
final class Ellipsis {

    // Lexique, "Points de suspension": always three, set as one sign; the single character keeps them together.
    // Runs of two or of four and more dots are ambiguous and are left alone.
    private static final Pattern THREE_DOTS = Pattern.compile("(?<!\\.)\\.\\.\\.(?!\\.)");

    private Ellipsis() {
    }

    /** Returns the text with each run of exactly three dots replaced by "…". */
    static String apply(String text) {
        return OutsideLinks.replaceAll(text, THREE_DOTS, "…");
    }
}
