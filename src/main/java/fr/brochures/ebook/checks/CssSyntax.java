package fr.brochures.ebook.checks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small CSS syntax check refusing what EPUBCheck refuses: unbalanced blocks, bad declarations, nesting, forbidden properties. */
final class CssSyntax {

    private static final Pattern DECLARATION = Pattern.compile("(?s)\\s*(--[\\w-]+|-?[a-zA-Z_][\\w-]*)\\s*:\\s*(.*?)\\s*");
    private static final Set<String> FORBIDDEN = Set.of("direction", "unicode-bidi");
    private static final Pattern NOT_IN_SELECTORS = Pattern.compile("[@!?`&/<;{}]");
    private static final Set<String> RULE_BLOCKS = Set.of("media", "supports", "document", "-moz-document", "layer", "container",
            "scope", "starting-style");

    private CssSyntax() {
    }

    /** The first problem of a stylesheet and where it is, or empty. */
    record Problem(String text, int offset) {
    }

    /** The first syntax problem of a whole stylesheet, or empty. */
    static Optional<Problem> stylesheetProblem(String css) {
        Scanner scanner = new Scanner(css);
        try {
            scanner.read(Scanner.Step.RULES);
            return Optional.empty();
        } catch (Failure failure) {
            return Optional.of(new Problem(failure.getMessage(), failure.offset));
        }
    }

    /** The first problem of a list of declarations (a style attribute), or empty. */
    static Optional<String> declarationsProblem(String css) {
        Scanner scanner = new Scanner(css);
        try {
            scanner.read(Scanner.Step.DECLARATIONS);
            return Optional.empty();
        } catch (Failure failure) {
            return Optional.of(failure.getMessage());
        }
    }

    private static final class Failure extends RuntimeException {
        private final int offset;

        Failure(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    /** Reads the text piece by piece: each piece ends at a {, } or ; outside strings, comments and parentheses. */
    private static final class Scanner {
        private final String css;
        private int position;

        Scanner(String css) {
            this.css = css;
        }

        /** A piece's text (comments blanked), where its first visible character is, and the character ending it. */
        private record Piece(String text, int start, char end, int endOffset) {
        }

        private Piece next() {
            StringBuilder text = new StringBuilder();
            int start = -1;
            int depth = 0;
            while (position < css.length()) {
                char c = css.charAt(position);
                if (c == '/' && position + 1 < css.length() && css.charAt(position + 1) == '*') {
                    int close = css.indexOf("*/", position + 2);
                    if (close < 0) {
                        throw new Failure("a comment /* is never closed with */", position);
                    }
                    text.append(' ');
                    position = close + 2;
                    continue;
                }
                if (c == '"' || c == '\'') {
                    int from = position;
                    position++;
                    while (position < css.length() && css.charAt(position) != c) {
                        char s = css.charAt(position);
                        if (s == '\n') {
                            throw new Failure("a string opened with " + c + " is not closed on its line", from);
                        }
                        position += s == '\\' ? 2 : 1;
                    }
                    if (position >= css.length()) {
                        throw new Failure("a string opened with " + c + " is never closed", from);
                    }
                    position++;
                    text.append(css, from, position);
                    start = start < 0 ? from : start;
                    continue;
                }
                if (c == '\\') {
                    text.append(css, position, Math.min(position + 2, css.length()));
                    start = start < 0 ? position : start;
                    position += 2;
                    continue;
                }
                if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                    throw new Failure(String.format(Locale.ROOT, "the control character U+%04X has no place in CSS", (int) c), position);
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth = Math.max(0, depth - 1);
                } else if (depth == 0 && (c == '{' || c == '}' || c == ';')) {
                    position++;
                    return new Piece(text.toString(), start < 0 ? position - 1 : start, c, position - 1);
                }
                if (!Character.isWhitespace(c) && start < 0) {
                    start = position;
                }
                text.append(c);
                position++;
            }
            if (depth > 0) {
                throw new Failure("a ( is never closed", Math.max(start, 0));
            }
            return new Piece(text.toString(), start < 0 ? position : start, '\0', position);
        }

        /**
         * What a piece does: nothing more ({@code STAY}), open a block of rules, of declarations or of {@code @page}'s
         * declarations (which may hold margin boxes), close the innermost block, or end the text.
         */
        private enum Step { STAY, RULES, DECLARATIONS, PAGE, CLOSE, END }

        /**
         * Reads the whole text, starting with {@code outermost} (rules for a stylesheet, declarations for a style
         * attribute). The blocks open are a stack rather than a recursion: a stylesheet nesting 100 000 {@code @media}
         * blocks takes no more of the thread's stack than one with a single block.
         */
        void read(Step outermost) {
            Deque<Step> open = new ArrayDeque<>();
            open.push(outermost);
            while (true) {
                Piece piece = next();
                boolean inBlock = open.size() > 1;
                Step block = open.peek();
                Step step = block == Step.RULES ? inRules(piece, inBlock) : inDeclarations(piece, inBlock, block == Step.PAGE);
                switch (step) {
                    case STAY -> {
                        // the same block goes on
                    }
                    case CLOSE -> open.pop();
                    case END -> {
                        return;
                    }
                    default -> open.push(step);
                }
            }
        }

        /** A piece among rules: the whole text's, or those of a block such as {@code @media}. */
        private static Step inRules(Piece piece, boolean inBlock) {
            String text = piece.text().strip();
            int at = piece.start();
            switch (piece.end()) {
                case '}' -> {
                    if (!text.isEmpty()) {
                        throw new Failure("'" + abbreviate(text) + "' is not a rule (a rule is selector { property: value; })", at);
                    }
                    if (!inBlock) {
                        throw new Failure("this } closes no block", piece.endOffset());
                    }
                    return Step.CLOSE;
                }
                case ';' -> {
                    if (!text.isEmpty() && !text.startsWith("@")) {
                        throw new Failure("'" + abbreviate(text) + "' is not a rule (a rule is selector { property: value; })", at);
                    }
                    return Step.STAY;
                }
                case '{' -> {
                    if (text.isEmpty()) {
                        throw new Failure("a { without a selector before it", piece.endOffset());
                    }
                    if (text.startsWith("@")) {
                        String name = text.substring(1).split("[\\s({]", 2)[0].toLowerCase(Locale.ROOT);
                        return RULE_BLOCKS.contains(name) ? Step.RULES : name.equals("page") ? Step.PAGE : Step.DECLARATIONS;
                    }
                    // possessive (*+): a backtracking repetition would take a stack frame per character of a long string
                    String bare = text.replaceAll("\"(?:\\\\.|[^\"\\\\])*+\"|'(?:\\\\.|[^'\\\\])*+'", "");
                    if (NOT_IN_SELECTORS.matcher(bare).find()) {
                        throw new Failure("'" + abbreviate(text) + "' is not a selector", at);
                    }
                    return Step.DECLARATIONS;
                }
                default -> {
                    if (!text.isEmpty()) {
                        throw new Failure("'" + abbreviate(text) + "' is not a complete rule", at);
                    }
                    if (inBlock) {
                        throw new Failure("a { is never closed with }", piece.endOffset());
                    }
                    return Step.END;
                }
            }
        }

        /** A piece among declarations: a rule's block, {@code @page}'s (margin boxes allowed), or a style attribute. */
        private static Step inDeclarations(Piece piece, boolean inBlock, boolean pageMargins) {
            int at = piece.start();
            if (piece.end() == '{') {
                if (pageMargins && piece.text().strip().startsWith("@")) {
                    return Step.DECLARATIONS;
                }
                throw new Failure("a rule cannot hold another rule; close the first one with } before '"
                        + abbreviate(piece.text().strip()) + "'", at);
            }
            declaration(piece.text(), at);
            if (piece.end() == '}') {
                if (!inBlock) {
                    throw new Failure("this } closes no block", piece.endOffset());
                }
                return Step.CLOSE;
            }
            if (piece.end() == '\0') {
                if (inBlock) {
                    throw new Failure("a { is never closed with }", piece.endOffset());
                }
                return Step.END;
            }
            return Step.STAY;
        }

        private static void declaration(String text, int at) {
            if (text.isBlank()) {
                return;
            }
            Matcher matcher = DECLARATION.matcher(text);
            if (!matcher.matches() || matcher.group(2).isEmpty()) {
                throw new Failure("'" + abbreviate(text.strip()) + "' is not a declaration (property: value)", at);
            }
            String property = matcher.group(1).toLowerCase(Locale.ROOT);
            if (FORBIDDEN.contains(property)) {
                throw new Failure("the property " + property + " is not allowed in an EPUB (mark the text dir=\"rtl\" instead)", at);
            }
        }

        private static String abbreviate(String text) {
            String plain = text.replaceAll("\\s+", " ");
            return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
        }
    }
}
