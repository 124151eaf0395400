package fr.brochures.ebook.typography;

import java.util.regex.Pattern;

/** Puts a narrow no-break space (U+202F) after « and before ». */
final class SpaceInsideGuillemets {

    // Lexique, "Guillemets": the quoted text is separated from « and » by a space that must not break,
    // so that a guillemet never starts or ends a line alone. Spaces followed or preceded by a line break
    // (source indentation) are left alone; at the ends of the text node the space is added, since
    // the quotation continues in the neighbouring element.
    private static final Pattern AFTER_OPENING = Pattern.compile(
            "«" + Spaces.HORIZONTAL_RUN + "(?![\\r\\n])");

    private static final Pattern BEFORE_CLOSING = Pattern.compile(
            Spaces.AFTER_WORD_OR_TEXT_START + Spaces.HORIZONTAL_RUN + "»");

    private SpaceInsideGuillemets() {
    }

    /** Returns the text with the spaces inside « » replaced by one narrow no-break space on each side. */
    static String apply(String text) {
        String opened = OutsideLinks.replaceAll(text, AFTER_OPENING, "«" + Spaces.NARROW_NO_BREAK);
        return OutsideLinks.replaceAll(opened, BEFORE_CLOSING, Spaces.NARROW_NO_BREAK + "»");
    }
}
