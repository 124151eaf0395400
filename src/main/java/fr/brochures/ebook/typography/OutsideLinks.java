package fr.brochures.ebook.typography;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Regular-expression replacement that skips every match touching a URL or an e-mail address. */
final class OutsideLinks {

    private OutsideLinks() {
    }

    /** Replaces each match of the pattern that lies outside URLs and e-mail addresses. */
    static String replaceAll(String text, Pattern pattern, Function<MatchResult, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text; // the common case: nothing to change, and no need to look for links
        }
        List<LinkSpans.Span> links = LinkSpans.in(text);
        StringBuilder result = new StringBuilder(text.length() + 16);
        int copiedUpTo = 0;
        do {
            int start = matcher.start();
            int end = matcher.end();
            if (links.stream().anyMatch(link -> link.overlaps(start, end))) {
                continue;
            }
            result.append(text, copiedUpTo, start).append(replacement.apply(matcher.toMatchResult()));
            copiedUpTo = end;
        } while (matcher.find());
        return result.append(text, copiedUpTo, text.length()).toString();
    }

    /** Replaces each match outside URLs and e-mail addresses by a fixed string. */
    static String replaceAll(String text, Pattern pattern, String replacement) {
        return replaceAll(text, pattern, match -> replacement);
    }
}
