package fr.brochures.ebook.checks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The language of a passage ({@code lang}, {@code xml:lang}) is a BCP 47 tag, as the book's own language. */
class AttributeCheckTest {

    @ParameterizedTest(name = "{0}=\"{1}\"")
    @CsvSource(value = {"lang, fr", "lang, fr-CA", "xml:lang, kk-Cyrl", "lang, zh-Hant-TW", "lang, en-GB-oxendict", "lang, no",
            "lang, ''"}, emptyValue = "")
    void acceptsBcp47Tags(String attribute, String tag) {
        assertNull(AttributeCheck.problem("span", attribute, tag));
    }

    @ParameterizedTest(name = "{0}=\"{1}\"")
    @CsvSource({"lang, fr-12345678-x", "xml:lang, fr-12345678-x", "lang, fr_FR", "lang, français", "lang, fr-", "lang, x",
            "lang, abcdefghi"})
    void refusesWhatIsNotABcp47Tag(String attribute, String tag) {
        assertNotNull(AttributeCheck.problem("span", attribute, tag));
    }
}
