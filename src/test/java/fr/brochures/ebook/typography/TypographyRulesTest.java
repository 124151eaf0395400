package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TypographyRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "fr-FR", "fr-CA", "fr_BE", "FR-ch", " fr "})
    void frenchTagsGiveFrenchRules(String tag) {
        assertInstanceOf(FrenchTypography.class, TypographyRules.forLanguage(tag));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"en", "en-GB", "de", "fra-x", "frr", "it"})
    void otherTagsLeaveTextUnchanged(String tag) {
        TypographyRules rules = TypographyRules.forLanguage(tag);
        for (String text : new String[] {
                "Hello; world!", "it's", "He said \"no\" - twice...", "40 000 people: 75 %", "What?!",
                "«par-dessus»", "https://crimethinc.com", "a.s.a.p@riseup.net"}) {
            assertEquals(text, rules.apply(text));
        }
    }

    @Test
    void anAddressOfHundredsOfThousandsOfLabelsIsLeftAsItIsWithoutExhaustingTheStack() {
        String address = "ecrire@asap" + ".x".repeat(300_000) + " ?";
        assertEquals(address.replace(" ?", "\u202F?"), TypographyRules.forLanguage("fr").apply(address));
    }
}
