package fr.brochures.ebook.site;

import fr.brochures.ebook.pages.PageRenderer;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the download page in one language, from the {@code site} bundles: {@code site.properties} (English,
 * the fallback) and {@code site_xx.properties}, UTF-8 properties files with the same keys.
 *
 * <p>A message is a fragment of the page's markup written by the builder: it may hold entities ({@code &#8239;},
 * {@code &nbsp;}) and a few elements ({@code <code>}, {@code <i>}, {@code <a>}). The template inserts it through a
 * reference whose name contains {@code Xhtml}, so {@link PageRenderer} leaves it as it is; every value put into a
 * message ({@code {0}}, {@code {1}}… of a {@link MessageFormat} pattern) is escaped for XML here, so book metadata is
 * never inserted unescaped. Messages hold no ASCII apostrophe (the page writes ’), which MessageFormat would swallow.
 */
public final class SiteText {

    /** The bundles' base name. */
    static final String BUNDLE = "site";
    /** The page's language when the book's has no bundle: that of {@code site.properties}. */
    static final String FALLBACK_LANGUAGE = "en";

    private final ResourceBundle bundle;
    private final String language;

    private SiteText(ResourceBundle bundle) {
        this.bundle = bundle;
        Locale locale = bundle.getLocale();
        this.language = locale == null || locale.getLanguage().isEmpty() ? FALLBACK_LANGUAGE : locale.toLanguageTag();
    }

    /** The page's words for a BCP 47 language such as {@code fr} or {@code fr-CA}; English when it has no bundle. */
    public static SiteText forLanguage(String language) {
        Locale locale = language == null || language.isBlank() ? Locale.ROOT : Locale.forLanguageTag(language);
        return new SiteText(ResourceBundle.getBundle(BUNDLE, locale,
                // as the book's labels are read: properties files in UTF-8 (Java 9+), no fallback to the JVM's locale
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The language the page is written in: the bundle's ({@code fr}), else {@value #FALLBACK_LANGUAGE}. */
    public String language() {
        return language;
    }

    /** The message for {@code key}, as written in the bundle (markup; a missing key is a bug of the builder). */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The message for {@code key} with {@code {0}}, {@code {1}}… replaced by the values, each escaped for XML. */
    public String format(String key, Object... values) {
        Object[] escaped = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            escaped[i] = PageRenderer.escape(String.valueOf(values[i]));
        }
        return new MessageFormat(get(key), Locale.ROOT).format(escaped);
    }

    /**
     * A size in kilobytes as readers of the language write it, with the bundle's thousands separator and unit: "1 436 Ko"
     * (narrow no-break space, no-break space), "1,436 KB".
     */
    public String kilobytes(long kilobytes) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(get("size.grouping").charAt(0));
        DecimalFormat number = new DecimalFormat("#,##0", symbols);
        return format("size.kilobytes", number.format(kilobytes));
    }
}
