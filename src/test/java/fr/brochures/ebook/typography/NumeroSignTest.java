package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumeroSignTest {

    /** Input, expected output. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("le n° 5", "le n°\u00A05"),
                Arguments.of("N° 12", "N°\u00A012"),
                Arguments.of("le n°5", "le n°5"),
                Arguments.of("un n° de téléphone", "un n° de téléphone"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("cases")
    void putsNoBreakSpaceAfterNumero(String input, String expected) {
        assertEquals(expected, NumeroSign.apply(input));
    }
}
