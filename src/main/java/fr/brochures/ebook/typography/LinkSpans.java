package fr.brochures.ebook.typography;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the URLs and e-mail addresses written in a text, which no typography rule may change. */
final class LinkSpans {

    /** One URL or e-mail address, from {@code start} inclusive to {@code end} exclusive. */
    record Span(int start, int end) {

        /** Whether the range [from, to) touches this span; an empty range counts when strictly inside. */
        boolean overlaps(int from, int to) {
            return from == to ? start < from && from < end : from < end && start < to;
        }
    }

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|ftp://|www\\.|mailto:)[^\\s\\u00A0\\u2009\\u202F<>«»]+");

    /** Its repetition is possessive (++): a backtracking one takes a stack frame per label, too many in a hostile text. */
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]++)++");

    /** Punctuation that ends a sentence rather than a URL when it comes last (as linkifiers do). */
    private static final String TRAILING_PUNCTUATION = ".,;:!?'’…]}";

    private LinkSpans() {
    }

    /** Returns the spans of all URLs and e-mail addresses in the text. */
    static List<Span> in(String text) {
        List<Span> spans = new ArrayList<>();
        // both patterns are costly on long texts (EMAIL tries every letter as a start): run each only when the
        // characters it cannot match without are there
        if (text.contains("://") || containsIgnoringAsciiCase(text, "www.") || containsIgnoringAsciiCase(text, "mailto:")) {
            Matcher url = URL.matcher(text);
            while (url.find()) {
                spans.add(new Span(url.start(), withoutTrailingPunctuation(text, url.start(), url.end())));
            }
        }
        if (text.indexOf('@') >= 0) {
            Matcher email = EMAIL.matcher(text);
            while (email.find()) {
                spans.add(new Span(email.start(), email.end()));
            }
        }
        return spans;
    }

    /** Whether {@code text} contains {@code lowerCaseAscii} in any ASCII case, as {@code (?i)} matches it. */
    private static boolean containsIgnoringAsciiCase(String text, String lowerCaseAscii) {
        int last = text.length() - lowerCaseAscii.length();
        char first = lowerCaseAscii.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, lowerCaseAscii, 0, lowerCaseAscii.length())) {
                return true;
            }
        }
        return false;
    }

    /** Drops sentence punctuation, an unbalanced ")" or an unbalanced '"' from the end of a URL. */
    private static int withoutTrailingPunctuation(String text, int start, int end) {
        while (end > start) {
            char last = text.charAt(end - 1);
            boolean sentencePunctuation = TRAILING_PUNCTUATION.indexOf(last) >= 0;
            boolean unbalancedParenthesis = last == ')' && count(text, start, end, ')') > count(text, start, end, '(');
            boolean unbalancedQuote = last == '"' && count(text, start, end, '"') % 2 == 1;
            if (!(sentencePunctuation || unbalancedParenthesis || unbalancedQuote)) {
                break;
            }
            end--;
        }
        return end;
    }

    private static long count(String text, int start, int end, char c) {
        return text.substring(start, end).chars().filter(ch -> ch == c).count();
    }
}
