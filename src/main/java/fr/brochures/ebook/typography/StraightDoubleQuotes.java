package fr.brochures.ebook.typography;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Replaces straight double quotes by French guillemets « », chosen from the characters around each quote. */
final class StraightDoubleQuotes {

    // Lexique, "Guillemets": French text is quoted with « », not with the typewriter's ".
    // Each quote is judged on its neighbours, as it may open in one text node and close in another;
    // a quote surrounded by spaces on both sides, or alone in its node, is ambiguous and left as it is.
    private static final Pattern STRAIGHT_QUOTE = Pattern.compile("\"");

    private static final String OPENING_BRACKETS = "([{«—–";

    private StraightDoubleQuotes() {
    }

    /** Returns the text with each unambiguous straight double quote replaced by « or ». */
    static String apply(String text) {
        return OutsideLinks.replaceAll(text, STRAIGHT_QUOTE, quote -> guillemetFor(text, quote));
    }

    private static String guillemetFor(String text, MatchResult quote) {
        int before = quote.start() - 1;
        int after = quote.end();
        boolean textStart = before < 0;
        boolean textEnd = after >= text.length();
        boolean spaceBefore = !textStart && Spaces.isSpace(text.charAt(before));
        boolean openingBefore = !textStart && OPENING_BRACKETS.indexOf(text.charAt(before)) >= 0;
        boolean spaceAfter = !textEnd && Spaces.isSpace(text.charAt(after));
        boolean wordBefore = !textStart && !spaceBefore && !openingBefore;

        if (wordBefore || (textStart && spaceAfter)) {
            return "»";
        }
        if (!textEnd && !spaceAfter && !(textStart && textEnd)) {
            return "«";
        }
        if (textEnd && (spaceBefore || openingBefore)) {
            return "«";
        }
        return quote.group();
    }
}
