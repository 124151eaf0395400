package fr.brochures.ebook.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The starter's sample text in one language ({@code src/main/resources/starter/<language>/}): its chapter files, its
 * figure, and the placeholders for a title and an author. French and English exist; a book in another language starts
 * from the English text (its XHTML chapter marked {@code lang="en"}), to be replaced.
 */
final class StarterText {

    private static final List<String> WRITTEN = List.of("fr", "en");
    private static final String FALLBACK = "en";

    private final String language;
    private final Properties words = new Properties();

    private StarterText(String language) {
        this.language = language;
        try (InputStream in = resource("starter.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample text for a book in {@code bookLanguage} (a BCP 47 tag): its own language's, else English. */
    static StarterText forLanguage(String bookLanguage) {
        String primary = Locale.forLanguageTag(bookLanguage).getLanguage();
        return new StarterText(WRITTEN.contains(primary) ? primary : FALLBACK);
    }

    /** The language the sample text is written in. */
    String language() {
        return language;
    }

    /** The chapter files, in reading order, as named in {@code book/}. */
    List<String> chapters() {
        return Arrays.stream(word("chapters").split("\\s*,\\s*")).toList();
    }

    /** The figure the chapters show, relative to {@code book/}. */
    String figure() {
        return word("figure");
    }

    String placeholderTitle() {
        return word("title");
    }

    String placeholderAuthor() {
        return word("author");
    }

    /** The word set before the author's name on the placeholder cover ("par", "by"). */
    String coverBy() {
        return word("cover.by");
    }

    /** A sample file of this language, by its name in {@code book/} (a chapter, or the figure's file name). */
    byte[] file(String name) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        try (InputStream in = resource(fileName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String word(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("starter/" + language + "/starter.properties has no " + key);
        }
        return value;
    }

    private InputStream resource(String name) {
        String path = "/starter/" + language + "/" + name;
        InputStream in = StarterText.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the builder's " + path + " is missing from its jar");
        }
        return in;
    }
}
