package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpaceInsideGuillemetsTest {

    /** Input, expected output. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("«par-dessus» ceux-là", "«\u202Fpar-dessus\u202F» ceux-là"),
                Arguments.of("« par-dessus » ceux-là", "«\u202Fpar-dessus\u202F» ceux-là"),
                Arguments.of("«\u00A0par-dessus\u00A0»", "«\u202Fpar-dessus\u202F»"),
                Arguments.of("«\u202Fpar-dessus\u202F»", "«\u202Fpar-dessus\u202F»"),
                Arguments.of("il écrit «", "il écrit «\u202F"),
                Arguments.of("» après un élément", "\u202F» après un élément"),
                Arguments.of("«\n  suite", "«\n  suite"),
                Arguments.of("fin\n»", "fin\n»"),
                Arguments.of("«https://crimethinc.com»", "«\u202Fhttps://crimethinc.com\u202F»"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("cases")
    void putsNarrowNoBreakSpacesInsideGuillemets(String input, String expected) {
        assertEquals(expected, SpaceInsideGuillemets.apply(input));
    }
}
