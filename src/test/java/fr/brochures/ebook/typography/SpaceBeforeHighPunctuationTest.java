package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpaceBeforeHighPunctuationTest {

    /** Input, expected output. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Une continuation ? Oui", "Une continuation\u202F? Oui"),
                Arguments.of("Une continuation? Oui", "Une continuation\u202F? Oui"),
                Arguments.of("Une continuation\u00A0? Oui", "Une continuation\u202F? Oui"),
                Arguments.of("Une continuation\u202F? Oui", "Une continuation\u202F? Oui"),
                Arguments.of("difficile à dire ; ceux-là", "difficile à dire\u202F; ceux-là"),
                Arguments.of("ceux-là !", "ceux-là\u202F!"),
                Arguments.of("Quoi ?!", "Quoi\u202F?!"),
                Arguments.of("Quoi?!", "Quoi\u202F?!"),
                Arguments.of("Non !!", "Non\u202F!!"),
                Arguments.of("Vraiment ?»", "Vraiment\u202F?»"),
                Arguments.of("Quoi ?…", "Quoi\u202F?…"),
                Arguments.of("? dit-elle après un élément", "\u202F? dit-elle après un élément"),
                Arguments.of("; après un élément", "\u202F; après un élément"),
                Arguments.of("une date (?) inconnue", "une date (?) inconnue"),
                Arguments.of("déguisés en soldats (!!!) Maintenant", "déguisés en soldats (!!!) Maintenant"),
                Arguments.of("Non !!!", "Non\u202F!!!"),
                Arguments.of("Non!?!", "Non\u202F!?!"),
                Arguments.of("Non ! ! !", "Non\u202F!!!"),
                Arguments.of("Quoi ? !", "Quoi\u202F?!"),
                Arguments.of("une date [?] inconnue", "une date [?] inconnue"),
                Arguments.of("ligne\n? suivante", "ligne\n? suivante"),
                Arguments.of("page.php?id=3", "page.php?id=3"),
                Arguments.of("https://example.org/?q=1 ?", "https://example.org/?q=1\u202F?"),
                Arguments.of("Tu connais https://crimethinc.com?", "Tu connais https://crimethinc.com\u202F?"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("cases")
    void putsNarrowNoBreakSpaceBeforeMarks(String input, String expected) {
        assertEquals(expected, SpaceBeforeHighPunctuation.apply(input));
    }
}
