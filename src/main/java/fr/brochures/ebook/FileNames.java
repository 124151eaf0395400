package fr.brochures.ebook;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names made from titles: ASCII letters, digits and hyphens, safe on every system and in download links, keeping
 * every letter readable: accents dropped, œ → oe, ß → ss, other scripts transliterated (ICU's "Any-Latin; Latin-ASCII",
 * https://unicode-org.github.io/icu/userguide/transforms/general/).
 */
public final class FileNames {

    private static final String TO_ASCII = "Any-Latin; Latin-ASCII";

    private FileNames() {
    }

    /** "Kazakhstan — Récits" → "kazakhstan-recits", «Œuvres complètes» → "oeuvres-completes"; "book" when nothing is left. */
    public static String slug(String title) {
        if (title == null) {
            return "book";
        }
        String slug = ascii(title).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "book" : slug;
    }

    /**
     * The title in ASCII letters. Most titles are Latin letters with accents, which dropping the marks turns into ASCII
     * without loading ICU's transliterator (about 0.1 s at start-up); the transliterator does the rest, and gives the
     * same result on those titles.
     */
    private static String ascii(String title) {
        String stripped = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (stripped.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) && c > 0x7F)) {
            return stripped;
        }
        return Transliterator.getInstance(TO_ASCII).transliterate(title);
    }
}
