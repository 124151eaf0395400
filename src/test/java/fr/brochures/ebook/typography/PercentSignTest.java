package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PercentSignTest {

    /** Input, expected output. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("75 % des gens", "75\u00A0% des gens"),
                Arguments.of("75% des gens", "75\u00A0% des gens"),
                Arguments.of("déjà 75\u00A0%", "déjà 75\u00A0%"),
                Arguments.of("fine 75\u202F%", "fine 75\u202F%"),
                Arguments.of("100%-libre", "100%-libre"),
                Arguments.of("sans chiffre %", "sans chiffre %"),
                Arguments.of("https://example.org/a%20b 5%", "https://example.org/a%20b 5\u00A0%"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("cases")
    void putsNoBreakSpaceBeforePercent(String input, String expected) {
        assertEquals(expected, PercentSign.apply(input));
    }
}
