package fr.brochures.ebook.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchTypographyTest {

    private final TypographyRules french = new FrenchTypography();

    /** The inputs of every rule table, plus the whole-chain examples below. */
    static Stream<String> allTableInputs() {
        return Stream.of(
                        DoubledSpacesTest.cases(),
                        EllipsisTest.cases(),
                        ApostropheTest.cases(),
                        StraightDoubleQuotesTest.cases(),
                        SpacedHyphenTest.cases(),
                        ThousandsSeparatorTest.cases(),
                        PercentSignTest.cases(),
                        NumeroSignTest.cases(),
                        SpaceBeforeColonTest.cases(),
                        SpaceBeforeHighPunctuationTest.cases(),
                        SpaceInsideGuillemetsTest.cases(),
                        wholeChainCases())
                .flatMap(table -> table)
                .map(arguments -> (String) arguments.get()[0]);
    }

    /** Input, expected output of all rules together. */
    static Stream<Arguments> wholeChainCases() {
        return Stream.of(
                Arguments.of(
                        "Est-ce une continuation ? Et si oui quelles sont les conséquences : difficile à dire ;"
                                + " «par-dessus» ceux-là !",
                        "Est-ce une continuation\u202F? Et si oui quelles sont les conséquences\u00A0: difficile à dire"
                                + "\u202F; «\u202Fpar-dessus\u202F» ceux-là\u202F!"),
                Arguments.of("Il a dit \"Non!\" - puis  rien...",
                        "Il a dit «\u202FNon\u202F!\u202F» – puis rien…"),
                Arguments.of("l'État compte 40 000 agents, soit 75 % de l'effectif: c'est énorme!",
                        "l’État compte 40\u00A0000 agents, soit 75\u00A0% de l’effectif\u00A0: c’est énorme\u202F!"),
                Arguments.of("Écrivez-nous : a.s.a.p@riseup.net ; ou voir https://crimethinc.com !",
                        "Écrivez-nous\u00A0: a.s.a.p@riseup.net\u202F; ou voir https://crimethinc.com\u202F!"),
                Arguments.of("\n      Quoi ?\n    ", "\n      Quoi\u202F?\n    "),
                Arguments.of("? et ensuite", "\u202F? et ensuite"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("wholeChainCases")
    void appliesAllRules(String input, String expected) {
        assertEquals(expected, french.apply(input));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("allTableInputs")
    void isIdempotent(String input) {
        String once = french.apply(input);
        assertEquals(once, french.apply(once));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("allTableInputs")
    void eachRuleIsIdempotent(String input) {
        Stream.<UnaryOperator<String>>of(
                        DoubledSpaces::apply, Ellipsis::apply, Apostrophe::apply, StraightDoubleQuotes::apply,
                        SpacedHyphen::apply, ThousandsSeparator::apply, PercentSign::apply, NumeroSign::apply,
                        SpaceBeforeColon::apply, SpaceBeforeHighPunctuation::apply, SpaceInsideGuillemets::apply)
                .forEach(rule -> assertEquals(rule.apply(input), rule.apply(rule.apply(input))));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("allTableInputs")
    void neverChangesLettersOrDigits(String input) {
        assertEquals(lettersAndDigits(input), lettersAndDigits(french.apply(input)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("allTableInputs")
    void neverAddsOrRemovesWords(String input) {
        assertEquals(words(input), words(french.apply(input)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
            "https://crimethinc.com",
            "https://example.org/search?q=a:b&x=1...2",
            "http://example.org/l'a/\"b\"/Foo_(bar)",
            "www.example.org/page?id=3;x=4",
            "mailto:a.s.a.p@riseup.net",
            "a.s.a.p@riseup.net",
            "o'brien@example.org",
            "ftp://example.org/a;b!c",
            "https://fr.wikipedia.org/wiki/Commune_(1871)"})
    void leavesUrlsAndEmailsUntouched(String link) {
        assertEquals(link, french.apply(link));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void returnsNullAndEmptyUnchanged(String text) {
        assertEquals(text, french.apply(text));
    }

    @Test
    void urlInsideSentenceKeepsItsCharacters() {
        String text = "Lisez https://example.org/?q=\"x\"&y=1... puis écrivez à a.s.a.p@riseup.net?";
        assertEquals(
                "Lisez https://example.org/?q=\"x\"&y=1… puis écrivez à a.s.a.p@riseup.net\u202F?",
                french.apply(text));
    }

    private static String lettersAndDigits(String text) {
        return text.codePoints()
                .filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static long words(String text) {
        return Stream.of(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).count();
    }
}
