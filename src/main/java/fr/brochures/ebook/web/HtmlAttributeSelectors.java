package fr.brochures.ebook.web;

/**
 * A stylesheet of the book made to select the web edition's elements as it selects the EPUB's. In XHTML,
 * {@code [epub|type~="chapter"]} matches the attribute {@code type} of the EPUB namespace; an HTML page has no
 * namespaced attributes, only one whose name is {@code epub:type}, which {@code [epub\:type~="chapter"]} matches. So a
 * namespace prefix in an attribute selector becomes part of the name, its bar an escaped colon. Comments, strings and
 * the {@code |=} operator ({@code [lang|="en"]}) are left as they are; so are {@code [*|type]} and {@code [|type]},
 * which do not name a prefix.
 */
final class HtmlAttributeSelectors {

    private HtmlAttributeSelectors() {
    }

    static String apply(String css) {
        StringBuilder out = new StringBuilder(css.length() + 32);
        int brackets = 0;
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                end = end < 0 ? css.length() : end + 2;
                out.append(css, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = stringEnd(css, i);
                out.append(css, i, end);
                i = end;
            } else if (c == '\\' && i + 1 < css.length()) {
                out.append(css, i, i + 2);
                i += 2;
            } else {
                if (c == '[') {
                    brackets++;
                } else if (c == ']' && brackets > 0) {
                    brackets--;
                } else if (c == '|' && brackets > 0 && namedPrefixBefore(css, i) && nameStartsAt(css, i + 1)) {
                    out.append("\\:");
                    i++;
                    continue;
                }
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Where the string opening at {@code start} ends (after its closing quote, or at the end of its line). */
    private static int stringEnd(String css, int start) {
        char quote = css.charAt(start);
        int i = start + 1;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return css.length();
    }

    /** Whether an identifier (not {@code *}, not nothing) ends right before {@code bar}. */
    private static boolean namedPrefixBefore(String css, int bar) {
        return bar > 0 && identifierChar(css.charAt(bar - 1));
    }

    private static boolean nameStartsAt(String css, int i) {
        return i < css.length() && (Character.isLetter(css.charAt(i)) || css.charAt(i) == '_' || css.charAt(i) == '-' || css.charAt(i) == '\\');
    }

    private static boolean identifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c > 0x7F;
    }
}
