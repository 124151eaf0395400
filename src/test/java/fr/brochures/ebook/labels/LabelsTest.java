package fr.brochures.ebook.labels;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelsTest {

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream("/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasEveryWord() throws IOException {
        assertEquals(bundle("labels").keySet(), bundle("labels_fr").keySet());
        assertEquals(bundle("labels").keySet().stream().map(String::valueOf).collect(Collectors.toSet()), Labels.keys());
    }

    @Test
    void everyMarcRelatorHasItsWordsInEveryLanguage() throws IOException {
        assertEquals(bundle("relators").keySet(), bundle("relators_fr").keySet());
        for (io.documentnode.epub4j.domain.Relator relator : io.documentnode.epub4j.domain.Relator.values()) {
            assertTrue(Labels.isRelator(relator.getCode()), relator.getCode() + " (" + relator.getName() + ")");
        }
        assertTrue(Labels.roleKeys().size() >= 290, "the Library of Congress list, not a handful: " + Labels.roleKeys().size());
        assertEquals("création de caractères", Labels.forLanguage("fr").get("role.tyd"));
        assertEquals("type design", Labels.forLanguage("de").get("role.tyd"));
        assertEquals("traduction", Labels.forLanguage("fr").get("role.trl"));
        assertFalse(Labels.isRelator("xyz"));
    }

    @Test
    void wordsComeInTheBooksLanguageAndEnglishOtherwise() {
        assertEquals("Table des matières", Labels.forLanguage("fr").get("toc"));
        assertEquals("Table des matières", Labels.forLanguage("fr-CA").get("toc"));
        assertEquals("Contents", Labels.forLanguage("en-GB").get("toc"));
        assertEquals("Contents", Labels.forLanguage("de").get("toc"));
        assertTrue(Labels.forLanguage("fr").speaks("fr"));
        assertTrue(Labels.forLanguage("en").speaks("en"));
        assertFalse(Labels.forLanguage("de").speaks("de"));
    }

    @Test
    void theBooksOwnWordsReplaceTheBuildersOnes() {
        Labels labels = Labels.of("de", Map.of("endnotes", "Anmerkungen"));
        assertEquals("Anmerkungen", labels.get("endnotes"));
        assertEquals("Contents", labels.get("toc"));
        assertFalse(labels.speaks("de"), "some words are still English");
        Map<String, String> all = Labels.keys().stream().collect(Collectors.toMap(k -> k, k -> "x"));
        assertTrue(Labels.of("de", all).speaks("de"), "every word given by the book");
    }
}
