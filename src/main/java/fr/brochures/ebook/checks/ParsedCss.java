package fr.brochures.ebook.checks;

import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.HandlerBase;
import org.htmlunit.cssparser.parser.InputSource;
import org.htmlunit.cssparser.parser.LexicalUnit;
import org.htmlunit.cssparser.parser.Locator;
import org.htmlunit.cssparser.parser.javacc.CSS3Parser;
import org.htmlunit.cssparser.parser.media.MediaQueryList;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stylesheet or a {@code style} attribute read by a CSS parser (htmlunit-cssparser, after {@link CssTokens}): its first
 * syntax error, the declarations an EPUB may not hold, and every URL it would load ({@code url()}, {@code @import},
 * {@code @font-face src}, strings of {@code image-set()}), with escapes resolved by the parser. Each has its offset in
 * the text.
 */
final class ParsedCss {

    private static final Set<String> FORBIDDEN = Set.of("direction", "unicode-bidi");
    private static final Set<String> IMAGE_SETS = Set.of("image-set", "-webkit-image-set");
    // the parser's messages: "Error in simple selector. (Invalid token ">". Was expecting one of: <S>, "and", …)"
    private static final Pattern MESSAGE = Pattern.compile("(?s)(.*?)\\.?\\s*\\((.*?)\\.?(?: Was expecting one of: (.*?)\\.?)?\\)\\s*");

    /** A problem and the offset in the text where it is. */
    record Problem(String text, int offset) {
    }

    /** A URL the CSS would load and the offset where its {@code url(} or {@code @import} starts. */
    record Url(String url, int offset) {
    }

    private final CssTokens tokens;
    private final List<Problem> syntax = new ArrayList<>();
    private final List<Problem> declarations = new ArrayList<>();
    private final List<Url> urls = new ArrayList<>();
    private int nestedRule = -1;

    private ParsedCss(CssTokens tokens) {
        this.tokens = tokens;
    }

    /** A whole stylesheet, or the text of a {@code <style>} element. */
    static ParsedCss stylesheet(String css) {
        ParsedCss parsed = new ParsedCss(CssTokens.stylesheet(css));
        parsed.parse();
        return parsed;
    }

    /** The declarations of a {@code style} attribute. */
    static ParsedCss declarations(String css) {
        ParsedCss parsed = new ParsedCss(CssTokens.declarations(css));
        parsed.parse();
        return parsed;
    }

    /** The first syntax error, then every forbidden declaration, in the order of the text. */
    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(syntax.stream().limit(1).toList());
        all.addAll(declarations);
        all.sort(Comparator.comparingInt(Problem::offset));
        return all;
    }

    /** The first of {@link #problems()}, if any. */
    Optional<Problem> firstProblem() {
        return problems().stream().findFirst();
    }

    /** Every URL the CSS would load, in the order of the text. */
    List<Url> urls() {
        return List.copyOf(urls);
    }

    /** True for a URL that leaves the book: any scheme but {@code data:}, or a protocol-relative {@code //host}. */
    static boolean isRemote(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("//") || lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.startsWith("data:");
    }

    private void parse() {
        if (tokens.tooDeepAt() >= 0) {
            syntax.add(new Problem("blocks are nested more than " + CssTokens.MAX_DEPTH + " deep here", tokens.tooDeepAt()));
            return;
        }
        read(tokens.parsedText(), true);
        if (tokens.unreadableFrom() >= 0) {
            syntax.add(new Problem("a comment /* is never closed with */", tokens.unreadableFrom()));
        } else if (syntax.isEmpty() && tokens.unclosedBrace() >= 0) {
            syntax.add(new Problem("this { is never closed with }", tokens.unclosedBrace()));
        }
        syntax.sort(Comparator.comparingInt(Problem::offset));
        if (nestedRule >= 0) {
            // what the parser skipped after a rule left open: read as if the rule had been closed before the nested one
            read(tokens.parsedTextFrom(nestedRule), false);
        }
    }

    private void read(String text, boolean reportSyntax) {
        CSS3Parser parser = new CSS3Parser();
        Reader reader = new Reader(reportSyntax);
        parser.setDocumentHandler(reader);
        parser.setErrorHandler(reader);
        InputSource source = new InputSource(new StringReader(text));
        try {
            parser.parseStyleSheet(source);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    private int offset(Locator locator) {
        return locator == null ? 0 : tokens.offset(locator.getLineNumber(), locator.getColumnNumber());
    }

    /** A parser error said in a sentence, where it starts; null for one said better by {@link CssTokens}. */
    private Problem syntaxProblem(CSSParseException error) {
        int at = tokens.offset(error.getLineNumber(), error.getColumnNumber());
        String message = String.valueOf(error.getMessage());
        if (message.startsWith("Lexical error") || message.contains("\"<EOF>\"")
                && (tokens.unreadableFrom() >= 0 || tokens.unclosedBrace() >= 0)) {
            return null;
        }
        Matcher parts = MESSAGE.matcher(message);
        if (!parts.matches()) {
            return new Problem(lowerFirst(message.strip().replaceAll("\\.$", "")), at);
        }
        String where = lowerFirst(parts.group(1));
        String what = lowerFirst(parts.group(2));
        if (what.equals("invalid token \"<EOF>\"") || at >= tokens.length() && what.startsWith("invalid token")) {
            what = "the CSS ends before it is complete";
        }
        if (!where.startsWith("error in")) {
            return new Problem(where, at); // a sentence of its own: "@import rule must occur before all other rules…"
        }
        if (where.equals("error in declaration") && what.equals("invalid token \"{\"")) {
            CssTokens.Declaration selector = tokens.declarationBefore(at);
            if (selector != null) {
                nestedRule = nestedRule < 0 ? selector.start() : nestedRule;
                return new Problem("a rule cannot hold another rule; close the first one with } before '"
                        + abbreviate(selector.text()) + "'", selector.start());
            }
        }
        String expected = parts.group(3) == null ? "" : parts.group(3).replace("<S>, ", "").replace(", <S>", "");
        boolean few = !expected.isEmpty() && expected.split(", ").length <= 3;
        return new Problem(where + ": " + what + (few ? ", expected " + expected.replace(", ", " or ") : ""), at);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String abbreviate(String text) {
        String plain = text.replaceAll("\\s+", " ");
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }

    private void url(String url, int offset) {
        Url found = new Url(url == null ? "" : url.strip(), offset);
        if (!urls.contains(found)) {
            urls.add(found);
        }
    }

    /** The URLs in a value: url() (also written with escapes, u\72l(…)), and the strings of image-set(). */
    private void values(LexicalUnit first, int fallback) {
        for (LexicalUnit unit = first; unit != null; unit = unit.getNextLexicalUnit()) {
            int at = unit.getLocator() == null ? fallback : offset(unit.getLocator());
            if (unit.getLexicalUnitType() == LexicalUnit.LexicalUnitType.URI) {
                url(unit.getStringValue(), at);
            } else if (unit.getLexicalUnitType() == LexicalUnit.LexicalUnitType.FUNCTION) {
                String name = String.valueOf(unit.getFunctionName()).toLowerCase(Locale.ROOT);
                LexicalUnit parameters = unit.getParameters();
                if (name.equals("url")) {
                    boolean string = parameters != null && parameters.getNextLexicalUnit() == null
                            && parameters.getLexicalUnitType() == LexicalUnit.LexicalUnitType.STRING_VALUE;
                    int from = parameters != null && parameters.getLocator() != null ? offset(parameters.getLocator()) : at;
                    url(string ? parameters.getStringValue() : String.valueOf(parameters), from);
                } else if (IMAGE_SETS.contains(name)) {
                    for (LexicalUnit image = parameters; image != null; image = image.getNextLexicalUnit()) {
                        if (image.getLexicalUnitType() == LexicalUnit.LexicalUnitType.STRING_VALUE) {
                            url(image.getStringValue(), image.getLocator() == null ? at : offset(image.getLocator()));
                        }
                    }
                }
            }
            values(unit.getParameters(), at);
            values(unit.getSubValues(), at);
        }
    }

    /** What the parser finds, as it reads. */
    private final class Reader extends HandlerBase {

        private final boolean reportSyntax;

        Reader(boolean reportSyntax) {
            this.reportSyntax = reportSyntax;
        }

        @Override
        public void property(String name, LexicalUnit value, boolean important, Locator locator) {
            String property = name.toLowerCase(Locale.ROOT);
            Problem forbidden = new Problem("the property " + property
                    + " is not allowed in an EPUB (mark the text dir=\"rtl\" instead)", offset(locator));
            if (FORBIDDEN.contains(property) && !declarations.contains(forbidden)) {
                declarations.add(forbidden);
            }
            values(value, offset(locator));
        }

        @Override
        public void importStyle(String uri, MediaQueryList media, String defaultNamespaceURI, Locator locator) {
            url(uri, offset(locator));
        }

        @Override
        public void warning(CSSParseException exception) {
            // "Ignoring the whole rule": what follows an error, already reported
        }

        @Override
        public void error(CSSParseException exception) {
            Problem problem = reportSyntax ? syntaxProblem(exception) : null;
            if (problem != null) {
                syntax.add(problem);
            }
        }

        @Override
        public void fatalError(CSSParseException exception) {
            error(exception);
        }
    }
}
