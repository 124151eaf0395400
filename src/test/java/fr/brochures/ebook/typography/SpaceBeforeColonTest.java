package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpaceBeforeColonTest {

    /** Input, expected output. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("les conséquences : difficile", "les conséquences\u00A0: difficile"),
                Arguments.of("les conséquences: difficile", "les conséquences\u00A0: difficile"),
                Arguments.of("les conséquences\u202F: difficile", "les conséquences\u00A0: difficile"),
                Arguments.of("les conséquences   : difficile", "les conséquences\u00A0: difficile"),
                Arguments.of("à savoir :", "à savoir\u00A0:"),
                Arguments.of(": après un élément", "\u00A0: après un élément"),
                Arguments.of("à 10:30 précises", "à 10:30 précises"),
                Arguments.of("un rapport 1:2", "un rapport 1:2"),
                Arguments.of("voir https://crimethinc.com", "voir https://crimethinc.com"),
                Arguments.of("liste\n: item", "liste\n: item"),
                Arguments.of("(: smiley", "(: smiley"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("cases")
    void putsNoBreakSpaceBeforeColon(String input, String expected) {
        assertEquals(expected, SpaceBeforeColon.apply(input));
    }
}
