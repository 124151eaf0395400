package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpacedHyphenTest {

    /** Input, expected output. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("la lutte - et la fête", "la lutte – et la fête"),
                Arguments.of("Est-ce par-dessus", "Est-ce par-dessus"),
                Arguments.of("- tiret de dialogue", "- tiret de dialogue"),
                Arguments.of("fin de ligne -", "fin de ligne -"),
                Arguments.of("déjà – fait", "déjà – fait"),
                Arguments.of("a -- b", "a -- b"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("cases")
    void replacesSpacedHyphenByEnDash(String input, String expected) {
        assertEquals(expected, SpacedHyphen.apply(input));
    }
}
