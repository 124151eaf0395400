package fr.brochures.ebook.typography;

import java.util.regex.Pattern;

/** Makes the ordinary space between the abbreviation "n°" and its number a no-break space. */
final class NumeroSign {

    // Lexique, "Numéro": the abbreviation must not be separated from the number it introduces at a line end.
    private static final Pattern NUMERO_SPACE_NUMBER = Pattern.compile("(?<!\\p{L})([nN]°) (?=[0-9])");

    private NumeroSign() {
    }

    /** Returns the text with "n° 5" written with a no-break space. */
    static String apply(String text) {
        return OutsideLinks.replaceAll(text, NUMERO_SPACE_NUMBER, numero -> numero.group(1) + Spaces.NO_BREAK);
    }
}
