package fr.brochures.ebook.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what a piece of CSS would load: every {@code url(…)} and {@code @import "…"}, with where it starts. */
final class CssUrls {

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?(\\*/|\\z)", Pattern.DOTALL);
    private static final Pattern URL = Pattern.compile(
            "(?i)url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");

    private CssUrls() {
    }

    /** One URL and the offset in the CSS text where its {@code url(} or {@code @import} starts. */
    record Found(String url, int offset) {
    }

    /** Every URL of {@code css} outside comments, in order. */
    static List<Found> in(String css) {
        // comments are blanked out, not removed, so that offsets stay those of the original text
        Matcher comments = COMMENT.matcher(css);
        StringBuilder text = new StringBuilder(css);
        while (comments.find()) {
            for (int i = comments.start(); i < comments.end(); i++) {
                if (text.charAt(i) != '\n') {
                    text.setCharAt(i, ' ');
                }
            }
        }
        List<Found> found = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            String value = null;
            for (int group = 1; group <= url.groupCount() && value == null; group++) {
                value = url.group(group);
            }
            found.add(new Found(value == null ? "" : value.strip(), url.start()));
        }
        return found;
    }

    /** True for a URL that leaves the book: any scheme but {@code data:}, or a protocol-relative {@code //host}. */
    static boolean isRemote(String url) {
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("//") || lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.startsWith("data:");
    }
}
