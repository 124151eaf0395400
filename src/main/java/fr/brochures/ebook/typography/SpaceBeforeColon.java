package fr.brochures.ebook.typography;

import java.util.regex.Pattern;

/** Puts a no-break space (U+00A0) before a colon that ends a clause. */
final class SpaceBeforeColon {

    // Lexique, "Deux-points": preceded by a word space that must not break (espace insécable).
    // Only a colon followed by a space, closing punctuation or the end of the node is a punctuation mark;
    // "https:", "10:30" and "1:2" are followed by other characters and are left alone.
    private static final Pattern COLON_ENDING_CLAUSE = Pattern.compile(
            Spaces.AFTER_WORD_OR_TEXT_START + Spaces.HORIZONTAL_RUN + ":"
                    + "(?=\\z|[\\s\\u00A0\\u2009\\u202F»)\\]}])");

    private SpaceBeforeColon() {
    }

    /** Returns the text with the spaces before each clause-ending colon replaced by one no-break space. */
    static String apply(String text) {
        return OutsideLinks.replaceAll(text, COLON_ENDING_CLAUSE, Spaces.NO_BREAK + ":");
    }
}
