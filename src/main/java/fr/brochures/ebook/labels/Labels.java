package fr.brochures.ebook.labels;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words the builder itself adds to a book (headings of generated pages, note labels), in the book's language. */
public final class Labels {

    private final ResourceBundle bundle;

    private Labels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Labels for a BCP 47 language such as {@code fr}; English when the language has none. */
    public static Labels forLanguage(String language) {
        Locale locale = language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle("labels", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Labels(bundle);
    }

    /** The label for {@code key}; the key itself if it is missing, so a gap shows instead of failing the build. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
