package fr.brochures.ebook.typography;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * French typography rules, following the <i>Lexique des règles typographiques en usage à l'Imprimerie nationale</i>.
 *
 * <p>The rules run in a fixed order: characters are first normalised (spaces, dots, apostrophes, quotes, dashes),
 * then the spaces around numbers and punctuation are set. The whole is idempotent and never changes a letter or a
 * digit; URLs and e-mail addresses written in the text are left untouched.
 */
public final class FrenchTypography implements TypographyRules {

    private static final List<UnaryOperator<String>> RULES_IN_ORDER = List.of(
            DoubledSpaces::apply,
            Ellipsis::apply,
            Apostrophe::apply,
            StraightDoubleQuotes::apply,
            SpacedHyphen::apply,
            ThousandsSeparator::apply,
            PercentSign::apply,
            NumeroSign::apply,
            SpaceBeforeColon::apply,
            SpaceBeforeHighPunctuation::apply,
            SpaceInsideGuillemets::apply);

    @Override
    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (UnaryOperator<String> rule : RULES_IN_ORDER) {
            result = rule.apply(result);
        }
        return result;
    }
}
