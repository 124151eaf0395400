package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ThousandsSeparatorTest {

    /** Input, expected output. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("40 000 personnes", "40\u00A0000 personnes"),
                Arguments.of("1 000 000 d'euros", "1\u00A0000\u00A0000 d'euros"),
                Arguments.of("12 345,67", "12\u00A0345,67"),
                Arguments.of("en 2022", "en 2022"),
                Arguments.of("7000 manifestants", "7000 manifestants"),
                Arguments.of("en 1968 200 000 grévistes", "en 1968 200\u00A0000 grévistes"),
                Arguments.of("les 3 12 du mois", "les 3 12 du mois"),
                Arguments.of("déjà 40\u00A0000", "déjà 40\u00A0000"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("cases")
    void makesDigitGroupSpacesNoBreak(String input, String expected) {
        assertEquals(expected, ThousandsSeparator.apply(input));
    }
}
