package fr.brochures.ebook.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The words of the French bundles (the book's labels and the download page's) that English never uses, for tests. */
public final class LabelsTestAccess {

    private LabelsTestAccess() {
    }

    /**
     * Each French text that differs from the English one, cut at tags, entities, placeholders and French punctuation,
     * keeping the pieces of more than three letters that the English text does not hold.
     */
    public static List<String> frenchOnlyWords() {
        try {
            List<String> words = new ArrayList<>();
            for (String name : List.of("labels", "site")) {
                Properties english = LabelsTest.bundle(name);
                Properties french = LabelsTest.bundle(name + "_fr");
                for (String key : french.stringPropertyNames()) {
                    String value = french.getProperty(key);
                    String englishValue = english.getProperty(key, "");
                    if (value.equals(englishValue)) {
                        continue;
                    }
                    for (String piece : value.split("<[^>]*>|&[#a-z0-9]+;|\\{[^}]*}|[\\u00A0\\u202F:;!?«»()]")) {
                        String fragment = piece.replace("''", "'").strip();
                        boolean wordy = fragment.codePoints().filter(Character::isLetter).count() > 3;
                        if (wordy && !englishValue.contains(fragment)) {
                            words.add(fragment);
                        }
                    }
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
