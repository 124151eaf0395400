package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StraightDoubleQuotesTest {

    /** Input, expected output. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Il dit \"non\" deux fois", "Il dit «non» deux fois"),
                Arguments.of("\"Non!\"", "«Non!»"),
                Arguments.of("(\"entre parenthèses\")", "(«entre parenthèses»)"),
                Arguments.of("\"ouvert dans ce nœud", "«ouvert dans ce nœud"),
                Arguments.of("fermé dans ce nœud\"", "fermé dans ce nœud»"),
                Arguments.of("\" dit-il après un élément", "» dit-il après un élément"),
                Arguments.of("avant un élément \"", "avant un élément «"),
                Arguments.of("un \" isolé", "un \" isolé"),
                Arguments.of("\"", "\""),
                Arguments.of("voir \"https://crimethinc.com\"", "voir «https://crimethinc.com»"),
                Arguments.of("https://example.org/?q=\"a\"", "https://example.org/?q=\"a\""),
                Arguments.of("déjà «cité»", "déjà «cité»"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("cases")
    void replacesQuotesByGuillemets(String input, String expected) {
        assertEquals(expected, StraightDoubleQuotes.apply(input));
    }
}
