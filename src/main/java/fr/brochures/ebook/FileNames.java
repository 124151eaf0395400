package fr.brochures.ebook;

import java.text.Normalizer;
import java.util.Locale;

/** File names made from titles: ASCII letters, digits and hyphens, safe on every system and in download links. */
public final class FileNames {

    private FileNames() {
    }

    /** "Kazakhstan — Récits" → "kazakhstan-recits"; "book" when nothing is left. */
    public static String slug(String title) {
        if (title == null) {
            return "book";
        }
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "book" : slug;
    }
}
