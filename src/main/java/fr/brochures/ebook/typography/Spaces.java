package fr.brochures.ebook.typography;

/** The space characters and regular-expression fragments shared by the French rules. */
final class Spaces {

    /** No-break space (espace insécable), U+00A0: before the colon, in numbers, before "%". */
    static final String NO_BREAK = "\u00A0";

    /** Narrow no-break space (espace fine insécable), U+202F: before ; ! ? and inside « ». */
    static final String NARROW_NO_BREAK = "\u202F";

    /** A possibly empty run of spaces on one line (ordinary, tab, thin, no-break, narrow no-break), never backtracked. */
    static final String HORIZONTAL_RUN = "[ \\t\\u00A0\\u2009\\u202F]*+";

    /**
     * Lookbehind: the position does not follow a space, a line break or an opening bracket.
     * The start of the text is allowed, because the previous text node usually ended with a word.
     */
    static final String AFTER_WORD_OR_TEXT_START = "(?<![\\s\\u00A0\\u2009\\u202F(\\[{])";

    /** Lookahead: end of text, any space, or closing punctuation. */
    static final String BEFORE_SPACE_CLOSING_OR_END = "(?=\\z|[\\s\\u00A0\\u2009\\u202F»)\\]}\"'’…,.:])";

    private Spaces() {
    }

    /** Whether the character is a space of any kind, including line breaks and no-break spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
