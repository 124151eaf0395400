package fr.brochures.ebook.typography;

import java.util.regex.Pattern;

/** Puts a narrow no-break space (U+202F) before ";", "!" and "?", once before a group such as "?!". */
final class SpaceBeforeHighPunctuation {

    // Lexique, "Ponctuation": ; ! ? are preceded by a thin space (espace fine) that must not break;
    // "?!" and "!!" form one group with one space before it. The space is not added after a line break
    // or an opening bracket ("(?)"), nor when the mark is followed by a letter, as in a URL query "page?id=3".
    // At the start of the text node it is added, the previous node (e.g. an <em>) having ended with a word.
    // A run of marks is one group, never split: "(!!!)" keeps its three marks together, and "! ! !" typed with spaces
    // becomes "!!!" after one space.
    private static final Pattern MARKS_ENDING_CLAUSE = Pattern.compile(
            "(?<![;!?])" + Spaces.AFTER_WORD_OR_TEXT_START + Spaces.HORIZONTAL_RUN + "([;!?](?:" + Spaces.HORIZONTAL_RUN + "[;!?])*+)"
                    + Spaces.BEFORE_SPACE_CLOSING_OR_END);
    private static final Pattern SPACES_IN_RUN = Pattern.compile(Spaces.HORIZONTAL_RUN);

    private SpaceBeforeHighPunctuation() {
    }

    /** Returns the text with the spaces before each group of ; ! ? replaced by one narrow no-break space, and none inside it. */
    static String apply(String text) {
        return OutsideLinks.replaceAll(text, MARKS_ENDING_CLAUSE, marks -> Spaces.NARROW_NO_BREAK + SPACES_IN_RUN.matcher(marks.group(1)).replaceAll(""));
    }
}
