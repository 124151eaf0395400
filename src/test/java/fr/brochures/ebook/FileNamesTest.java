package fr.brochures.ebook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Kazakhstan                              | kazakhstan",
            "Kazakhstan — Récits du soulèvement      | kazakhstan-recits-du-soulevement",
            "Œuvres complètes                        | oeuvres-completes",
            "Straße der Arbeit                       | strasse-der-arbeit",
            "Læti et Ærø                             | laeti-et-aero",
            "Жаңаөзен                                | zanaozen",
            "Жаңаөзен 2011                           | zanaozen-2011",
            "Москва                                  | moskva",
            "Ελευθερία                               | eleutheria",
            "«\u202F!\u202F»                         | book",
            "L’atelier de la rue des Forges          | l-atelier-de-la-rue-des-forges",
    })
    void keepsEveryLetterReadableInAscii(String title, String slug) {
        assertEquals(slug, FileNames.slug(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Révolution | revolution", "Ça ira | ca-ira", "Niño | nino"})
    void latinTitlesGiveTheSameNameWithoutTheTransliterator(String title, String slug) {
        assertEquals(slug, FileNames.slug(title));
        assertEquals(slug, com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII").transliterate(title)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""));
    }
}
