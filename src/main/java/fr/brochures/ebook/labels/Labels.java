package fr.brochures.ebook.labels;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words the builder itself adds to a book (headings of generated pages, note labels, the accessibility summary), in
 * the book's language: {@code labels_<language>.properties}, English ({@code labels.properties}) for a language that has
 * none, and any of them replaced by the book's own ({@code labels:} in book.yaml). The roles of the credits, one per
 * MARC relator code ({@code role.trl}), are in bundles of their own, {@code relators_<language>.properties}.
 */
public final class Labels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The prefix of a MARC relator role's key: {@code role.trl}. */
    public static final String ROLE = "role.";
    private static final String RELATORS = "relators";

    private final ResourceBundle bundle;
    private final ResourceBundle relators;
    private final Map<String, String> own;

    private Labels(ResourceBundle bundle, ResourceBundle relators, Map<String, String> own) {
        this.bundle = bundle;
        this.relators = relators;
        this.own = Map.copyOf(own);
    }

    /** Labels for a BCP 47 language such as {@code fr}; English when the language has none. */
    public static Labels forLanguage(String language) {
        return of(language, Map.of());
    }

    /** Labels for a language, with the book's own words in place of the builder's where it gives them. */
    public static Labels of(String language, Map<String, String> own) {
        Locale locale = language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
        return new Labels(ResourceBundle.getBundle("labels", locale, NO_FALLBACK),
                ResourceBundle.getBundle(RELATORS, locale, NO_FALLBACK), own);
    }

    /** Every label key the builder knows for the words of its pages (the roles apart: {@link #roleKeys()}). */
    public static Set<String> keys() {
        return ResourceBundle.getBundle("labels", Locale.ROOT, NO_FALLBACK).keySet();
    }

    /**
     * The key of every MARC relator role, {@code role.aut} to {@code role.wst}: the whole Library of Congress list
     * (https://id.loc.gov/vocabulary/relators), each with its words in every language the builder speaks.
     */
    public static Set<String> roleKeys() {
        return ResourceBundle.getBundle(RELATORS, Locale.ROOT, NO_FALLBACK).keySet();
    }

    /** Whether {@code code} is a MARC relator code ({@code aut}, {@code trl}, {@code tyd}…). */
    public static boolean isRelator(String code) {
        return roleKeys().contains(ROLE + code);
    }

    /**
     * Whether every label is in the book's language: the builder has a bundle for it (English is the base bundle), or
     * the book gives all the words itself.
     */
    public boolean speaks(String language) {
        String primary = language == null ? "en" : Locale.forLanguageTag(language).getLanguage();
        return primary.equals("en") || !bundle.getLocale().getLanguage().isEmpty() || own.keySet().containsAll(keys());
    }

    /** The label for {@code key}; the key itself if it is missing, so a gap shows instead of failing the build. */
    public String get(String key) {
        String word = own.get(key);
        if (word != null) {
            return word;
        }
        try {
            return (key.startsWith(ROLE) ? relators : bundle).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
