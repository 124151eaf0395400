package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EllipsisTest {

    /** Input, expected output. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Et puis...", "Et puis…"),
                Arguments.of("[...] la suite", "[…] la suite"),
                Arguments.of("Quoi...?", "Quoi…?"),
                Arguments.of("deux points..", "deux points.."),
                Arguments.of("quatre points....", "quatre points...."),
                Arguments.of("déjà…", "déjà…"),
                Arguments.of("voir https://example.org/a...b", "voir https://example.org/a...b"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("cases")
    void replacesExactlyThreeDots(String input, String expected) {
        assertEquals(expected, Ellipsis.apply(input));
    }
}
