package fr.brochures.ebook.project;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Language codes as BCP 47 writes them ({@code fr}, {@code fr-CA}, {@code kk-Cyrl}, {@code zh-Hant-TW},
 * {@code en-GB-oxendict}), checked by {@link Locale.Builder}: the same check for book.yaml's {@code language} and the
 * chapters' {@code lang} and {@code xml:lang}.
 */
public final class LanguageTags {

    private LanguageTags() {
    }

    /** True when {@code tag} is a well-formed BCP 47 language tag (never for null or an empty text). */
    public static boolean isWellFormed(String tag) {
        if (tag == null || tag.isEmpty()) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
