package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApostropheTest {

    /** Input, expected output. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("l'État", "l’État"),
                Arguments.of("aujourd'hui", "aujourd’hui"),
                Arguments.of("qu'il s'en aille", "qu’il s’en aille"),
                Arguments.of("jusqu'à l'Élysée", "jusqu’à l’Élysée"),
                Arguments.of("fin d'élision l'", "fin d’élision l’"),
                Arguments.of("déjà l’État", "déjà l’État"),
                Arguments.of("'citation' seule", "'citation' seule"),
                Arguments.of("les années '70", "les années '70"),
                Arguments.of("écrire à o'brien@example.org", "écrire à o'brien@example.org"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("cases")
    void curlsApostropheAfterLetter(String input, String expected) {
        assertEquals(expected, Apostrophe.apply(input));
    }
}
