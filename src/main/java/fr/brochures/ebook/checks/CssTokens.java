package fr.brochures.ebook.checks;

import org.htmlunit.cssparser.parser.CssCharStream;
import org.htmlunit.cssparser.parser.javacc.CSS3Parser;
import org.htmlunit.cssparser.parser.javacc.CSS3ParserConstants;
import org.htmlunit.cssparser.parser.javacc.CSS3ParserTokenManager;
import org.htmlunit.cssparser.parser.javacc.Token;
import org.htmlunit.cssparser.parser.javacc.TokenMgrException;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A piece of CSS read with the tokenizer of the CSS parser (htmlunit-cssparser), and the text that parser is given: the
 * same length, line for line, where what it does not know is blanked so that everything inside is still parsed and
 * checked. A namespace prefix in a selector ({@code [epub|type~="chapter"]}) loses its {@code epub|}; a group rule
 * ({@code @supports}, {@code @layer}, {@code @container}…) and {@code @keyframes} lose their prelude and braces, so their
 * rules are read as top-level rules (a keyframe's {@code from} or {@code 50%} becomes the selector {@code p}); a
 * descriptor rule ({@code @property}, {@code @counter-style}…) is read as the rule {@code p { … }}. The declarations of
 * a {@code style} attribute are read as the rule {@code *{…}} (the parser's own reading of declarations stops silently
 * at what is not one). Offsets are those of the CSS as given.
 */
final class CssTokens {

    private static final Set<String> GROUP_RULES = Set.of("@supports", "@layer", "@container", "@scope", "@starting-style",
            "@document", "@-moz-document");
    private static final Set<String> KEYFRAMES = Set.of("@keyframes", "@-webkit-keyframes", "@-moz-keyframes", "@-o-keyframes");
    private static final Set<String> DESCRIPTOR_RULES = Set.of("@property", "@counter-style", "@font-palette-values",
            "@viewport", "@-ms-viewport");

    /**
     * Blocks nested deeper than this are refused before the parser sees them: its recursive descent takes stack frames
     * per level, and no stylesheet of a book nests more than a few levels.
     */
    static final int MAX_DEPTH = 100;
    private static final String BEFORE_DECLARATIONS = "*{";
    private static final String AFTER_DECLARATIONS = "\n}";

    /** What a block holds. */
    private enum Holds { RULES, KEYFRAMES, DECLARATIONS }

    /** A block open: what it holds, whether its } is blanked with its rule's prelude, where its { is. */
    private record Open(Holds holds, boolean blankClose, int offset) {
    }

    /** A token: its kind (CSS3ParserConstants), its text as the tokenizer gives it, and where it is, end excluded. */
    private record Piece(int kind, String image, int start, int end) {
    }

    private final String css;
    private final int shift;
    private final int length;
    private final int[] lineStarts;
    private final List<Piece> pieces = new ArrayList<>();
    private int tooDeep = -1;
    private final char[] parsed;
    private int unclosed = -1;
    private int unreadable = -1;

    private CssTokens(String before, String css, String after) {
        this.css = before + css + after;
        this.shift = before.length();
        this.length = css.length();
        this.lineStarts = LineStarts.of(this.css);
        this.parsed = this.css.toCharArray();
        read();
        rewrite();
    }

    /** A whole stylesheet (or the text of a {@code <style>} element). */
    static CssTokens stylesheet(String css) {
        return new CssTokens("", css, "");
    }

    /** A list of declarations (a {@code style} attribute). */
    static CssTokens declarations(String css) {
        return new CssTokens(BEFORE_DECLARATIONS, css, AFTER_DECLARATIONS);
    }

    /** The stylesheet to give the parser: as long as the text, with the same lines. */
    String parsedText() {
        return new String(parsed);
    }

    /** The stylesheet to give the parser with everything before {@code offset} blanked. */
    String parsedTextFrom(int offset) {
        char[] rest = parsed.clone();
        for (int i = 0; i < offset + shift; i++) {
            rest[i] = rest[i] == '\n' || rest[i] == '\r' ? rest[i] : ' ';
        }
        return new String(rest);
    }

    /** The length of the CSS as given. */
    int length() {
        return length;
    }

    /** The offset of the innermost { left open at the end of the text, or -1. */
    int unclosedBrace() {
        return unclosed < 0 ? -1 : given(unclosed);
    }

    /** Where the tokenizer stopped on text it cannot read (a comment never closed), or -1. */
    int unreadableFrom() {
        return unreadable < 0 ? -1 : given(unreadable);
    }

    /** The offset of a line and column as the parser counts them (from 1; \r\n, \r and \n end a line). */
    int offset(int line, int column) {
        return given(read(line, column));
    }

    /** The offset in the text read of a line and column. */
    private int read(int line, int column) {
        if (line < 1) {
            return 0;
        }
        int start = lineStarts[Math.min(line, lineStarts.length) - 1];
        return Math.min(css.length(), start + Math.max(column, 1) - 1);
    }

    /** An offset in the CSS as given, from one in the text read. */
    private int given(int offset) {
        return Math.max(0, Math.min(length, offset - shift));
    }

    /**
     * The declaration a { at {@code brace} ends, as the start offset of its first token and its text: what was typed
     * as a nested rule's selector, or null when the { is not a token of the text.
     */
    Declaration declarationBefore(int brace) {
        int index = 0;
        while (index < pieces.size() && pieces.get(index).start() != brace + shift) {
            index++;
        }
        if (index == pieces.size()) {
            return null;
        }
        int start = brace + shift;
        for (int i = index - 1; i >= 0; i--) {
            int kind = pieces.get(i).kind();
            if (kind == CSS3ParserConstants.SEMICOLON || kind == CSS3ParserConstants.LBRACE || kind == CSS3ParserConstants.RBRACE) {
                break;
            }
            if (kind != CSS3ParserConstants.S) {
                start = pieces.get(i).start();
            }
        }
        return new Declaration(given(start), css.substring(start, brace + shift).strip());
    }

    /** A declaration's start and text. */
    record Declaration(int start, String text) {
    }

    private void read() {
        CSS3ParserTokenManager tokenizer = new CSS3ParserTokenManager(new CssCharStream(new StringReader(css), 1, 1));
        try {
            for (Token token = tokenizer.getNextToken(); token.kind != CSS3ParserConstants.EOF; token = tokenizer.getNextToken()) {
                int start = read(token.beginLine, token.beginColumn);
                int end = Math.max(start + 1, read(token.endLine, token.endColumn) + 1);
                Piece piece = new Piece(token.kind, token.image, start, Math.min(end, css.length()));
                pieces.add(token.kind == CSS3ParserConstants.ATKEYWORD ? unescaped(piece) : piece);
            }
        } catch (TokenMgrException e) {
            int from = pieces.isEmpty() ? 0 : pieces.get(pieces.size() - 1).end();
            while (from < css.length() && Character.isWhitespace(css.charAt(from))) {
                from++;
            }
            unreadable = from;
        }
    }

    /**
     * An at-keyword written with escapes ({@code @\69mport}) is the rule it spells: it is given to the parser as that
     * name (always shorter than its escaped form), and named so here.
     */
    private Piece unescaped(Piece keyword) {
        if (keyword.image().indexOf('\\') < 0) {
            return keyword;
        }
        String name = new CSS3Parser().unescape(keyword.image(), false);
        if (!name.matches("@-?[A-Za-z_][A-Za-z0-9_-]*") || name.length() > keyword.end() - keyword.start()) {
            return keyword;
        }
        blank(keyword.start(), keyword.end());
        name.getChars(0, name.length(), parsed, keyword.start());
        return new Piece(keyword.kind(), name, keyword.start(), keyword.end());
    }

    /** The offset (in the given text) of the first { that opens a block deeper than {@link #MAX_DEPTH}, or -1. */
    int tooDeepAt() {
        return tooDeep < 0 ? -1 : given(tooDeep);
    }

    private void rewrite() {
        Deque<Open> blocks = new ArrayDeque<>();
        int prelude = -1;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            Holds holds = blocks.isEmpty() ? Holds.RULES : blocks.peek().holds();
            switch (piece.kind()) {
                case CSS3ParserConstants.S -> {
                    continue;
                }
                case CSS3ParserConstants.LBRACE -> {
                    blocks.push(open(holds, prelude < 0 ? null : pieces.get(prelude), piece));
                    if (blocks.size() > MAX_DEPTH && tooDeep < 0) {
                        tooDeep = piece.start();
                    }
                }
                case CSS3ParserConstants.RBRACE -> {
                    if (!blocks.isEmpty() && blocks.pop().blankClose()) {
                        blank(piece.start(), piece.end());
                    }
                }
                case CSS3ParserConstants.SEMICOLON -> {
                    if (prelude >= 0 && holds == Holds.RULES && GROUP_RULES.contains(name(pieces.get(prelude)))) {
                        blank(pieces.get(prelude).start(), piece.end()); // a statement: @layer base, components;
                    }
                }
                default -> {
                    if (holds == Holds.RULES && piece.image().equals("|")) {
                        namespacePrefix(i);
                    }
                    if (prelude < 0) {
                        prelude = i;
                    }
                    continue;
                }
            }
            prelude = -1;
        }
        unclosed = blocks.isEmpty() ? -1 : blocks.peek().offset();
    }

    /** The block a { opens after a prelude whose first token is {@code first}, with the prelude rewritten if need be. */
    private Open open(Holds holds, Piece first, Piece brace) {
        if (first == null) {
            return new Open(Holds.DECLARATIONS, false, brace.start());
        }
        if (holds == Holds.KEYFRAMES) {
            blank(first.start(), brace.start());
            parsed[first.start()] = 'p'; // from, to, 50%: a selector the parser reads
            return new Open(Holds.DECLARATIONS, false, brace.start());
        }
        String name = name(first);
        if (first.kind() == CSS3ParserConstants.MEDIA_SYM || name.equals("@media")) {
            return new Open(Holds.RULES, false, brace.start());
        }
        if (GROUP_RULES.contains(name) || KEYFRAMES.contains(name)) {
            blank(first.start(), brace.end());
            return new Open(KEYFRAMES.contains(name) ? Holds.KEYFRAMES : Holds.RULES, true, brace.start());
        }
        if (DESCRIPTOR_RULES.contains(name)) {
            blank(first.start(), brace.start());
            parsed[first.start()] = 'p';
        }
        return new Open(Holds.DECLARATIONS, false, brace.start());
    }

    /** Blanks a namespace prefix and its bar ({@code epub|}, {@code *|}, {@code |}) before a name or a *. */
    private void namespacePrefix(int bar) {
        Piece piece = pieces.get(bar);
        Piece next = bar + 1 < pieces.size() ? pieces.get(bar + 1) : null;
        if (next == null || next.start() != piece.end()
                || next.kind() != CSS3ParserConstants.IDENT && next.kind() != CSS3ParserConstants.ASTERISK) {
            return;
        }
        Piece before = bar > 0 ? pieces.get(bar - 1) : null;
        boolean prefixed = before != null && before.end() == piece.start()
                && (before.kind() == CSS3ParserConstants.IDENT || before.kind() == CSS3ParserConstants.ASTERISK);
        blank(prefixed ? before.start() : piece.start(), piece.end());
    }

    private static String name(Piece piece) {
        return piece.kind() == CSS3ParserConstants.ATKEYWORD ? piece.image().toLowerCase(Locale.ROOT) : "";
    }

    private void blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (parsed[i] != '\n' && parsed[i] != '\r') {
                parsed[i] = ' ';
            }
        }
    }
}
