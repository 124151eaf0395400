package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DoubledSpacesTest {

    /** Input, expected output. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("deux  mots", "deux mots"),
                Arguments.of("trois   espaces ici", "trois espaces ici"),
                Arguments.of("un mot", "un mot"),
                Arguments.of("\n    indentation gardée", "\n    indentation gardée"),
                Arguments.of("fin de nœud  ", "fin de nœud  "),
                Arguments.of("  début de nœud", "  début de nœud"),
                Arguments.of("insécable\u00A0\u00A0gardée", "insécable\u00A0\u00A0gardée"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("cases")
    void collapsesRunsOfOrdinarySpacesBetweenCharacters(String input, String expected) {
        assertEquals(expected, DoubledSpaces.apply(input));
    }
}
