package fr.brochures.ebook.typography;

import java.util.Locale;

/**
 * Typography rules of one language: a pure function from the text of one DOM text node to its corrected text.
 *
 * <p>Callers apply it to text nodes only, never to markup, attribute values or code ({@code code}, {@code pre},
 * {@code kbd}, {@code samp}); URLs and e-mail addresses written inside the text are left untouched by the rules.
 */
@FunctionalInterface
public interface TypographyRules {

    /** Returns the text with the rules applied; {@code null} and the empty string are returned unchanged. */
    String apply(String text);

    /** Returns the rules for a BCP 47 language tag: French for "fr" and its regional variants, no change otherwise. */
    static TypographyRules forLanguage(String bcp47) {
        if (bcp47 == null) {
            return UnchangedTypography.INSTANCE;
        }
        String primaryLanguage = bcp47.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primaryLanguage.equals("fr") ? new FrenchTypography() : UnchangedTypography.INSTANCE;
    }
}
