package fr.brochures.ebook.checks;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSS parser accepts what EPUBCheck accepts and names the first problem of what it refuses, with its line and column;
 * it finds what a stylesheet would load, escapes resolved, and only that.
 */
class ParsedCssTest {

    private static String problem(String css) {
        return ParsedCss.stylesheet(css).firstProblem().map(p -> where(css, p.offset()) + ": " + p.text()).orElse("");
    }

    private static String where(String css, int offset) {
        Location location = Location.atOffset("", css, offset);
        return location.line() + ":" + location.column();
    }

    private static List<String> urls(String css) {
        return ParsedCss.stylesheet(css).urls().stream().map(u -> where(css, u.offset()) + " " + u.url()).toList();
    }

    /** What the build reports for {@code css} as the book's styles/book.css, beside styles/autre.css. */
    private static List<String> reported(String css) {
        BuildReport report = new BuildReport();
        StylesheetCheck.check(css, "styles/book.css", Set.of("book.css", "autre.css"), report);
        return report.problems().stream().map(Problem::format).toList();
    }

    @Test
    void theBookStylesheetsAreValid() throws Exception {
        for (Path css : new Path[] {Path.of("styles/book.css"), Path.of("src/test/resources/books/notes-and-figure/styles/book.css")}) {
            assertEquals(Optional.empty(), ParsedCss.stylesheet(Files.readString(css)).firstProblem(), css.toString());
            assertEquals(List.of(), ParsedCss.stylesheet(Files.readString(css)).urls(), css.toString());
        }
    }

    @Test
    void validConstructsPass() {
        String css = """
                @charset "utf-8";
                @import url(autre.css);
                @namespace epub "http://www.idpf.org/2007/ops";
                /* un commentaire { } ; */
                a::before { content: "\\"{;}"; }
                @media amzn-kf8 { p { margin: 0 !important; } }
                @page { margin: 1em; }
                section[epub|type~="chapter"], epub|switch, *|p { break-before: page; }
                p { background: url(data:image/png;base64,iVBORw0KGgo=); --gap: 1em; }
                """;
        assertEquals("", problem(css));
        assertEquals(List.of("2:1 autre.css", "9:17 data:image/png;base64,iVBORw0KGgo="), urls(css));
    }

    @Test
    void problemsAreNamedWhereTheyStart() {
        assertEquals("1:3: this { is never closed with }", problem("p {"));
        assertEquals("1:1: error in rule: invalid token \"}\"", problem("}"));
        assertEquals("1:1: error in rule: invalid token \"{\"", problem("{{{"));
        assertEquals("1:11: error in declaration: invalid token \"}\", expected \":\"", problem("p { color }"));
        assertEquals("2:1: a rule cannot hold another rule; close the first one with } before 'h1'", problem("p { a: b;\nh1 { c: d; }"));
        assertEquals("1:1: a comment /* is never closed with */", problem("/* x"));
        assertEquals("1:11: error in style rule: invalid token \"\\\"\"", problem("a { x: y; \"z\n }"));
        assertEquals("1:1: error in rule: invalid token \"\\u0017\"", problem("\u0017p { x: y; }"));
        assertEquals("1:7: the property direction is not allowed in an EPUB (mark the text dir=\"rtl\" instead)",
                problem("div { direction: rtl; }"));
        assertTrue(problem("div { unicode-bidi: bidi-override; }").contains("unicode-bidi"));
        assertTrue(problem("@media print { p { dir\\65 ction: rtl } }").contains("the property direction"));
        assertEquals("1:1: error in style rule: the CSS ends before it is complete", problem("p"));
        assertEquals("2:1: error in style rule: invalid token \"@page\", expected \"{\" or \",\"", problem("j\n@page { margin: 1em; }"));
    }

    @Test
    void whatEpubcheckRefusesIsRefused() {
        // all four were accepted before, and EPUBCheck then refused the EPUB (CSS-008)
        assertEquals("1:22: error in @page rule: invalid token \"@top-center\"", problem("@page { margin: 1em; @top-center { content: \"x\"; } }"));
        assertEquals("1:6: error in rule: invalid token \";\"", problem("p {} ;"));
        assertEquals("1:12: error in rule: invalid token \"}\"", problem("p { x: y } }"));
        assertEquals("1:27: this { is never closed with }", problem("@supports (display: grid) { p { x: y }"));
        // readers ignore an @import after another rule
        assertEquals("2:1: @import rule must occur before all other rules, except the @charset rule",
                problem("@namespace epub \"http://www.idpf.org/2007/ops\";\n@import url(autre.css);"));
    }

    @Test
    void styleAttributesAreDeclarations() {
        assertEquals(Optional.empty(), ParsedCss.declarations("color: red; margin: 0 auto;").firstProblem());
        assertEquals(Optional.empty(), ParsedCss.declarations("").firstProblem());
        assertEquals("error in declaration: the CSS ends before it is complete, expected \":\"",
                ParsedCss.declarations("author").firstProblem().orElseThrow().text());
        assertEquals("error in style rule: invalid token \"#premier\"", ParsedCss.declarations("#premier").firstProblem().orElseThrow().text());
        assertTrue(ParsedCss.declarations("color: red }").firstProblem().isPresent());
        assertTrue(ParsedCss.declarations("color: red; p { x: y }").firstProblem().isPresent());
        assertEquals(List.of("https://example.com/fond.png"),
                ParsedCss.declarations("background: url(https://example.com/fond.png)").urls().stream().map(ParsedCss.Url::url).toList());
    }

    @Test
    void urlTextInAStringLoadsNothing() {
        List<String> found = reported("a { background: url(\"x.png\") }\na::after { content: \"url(http://x)\"; }");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("styles/book.css:1:17: error [CSS-003]"), found.toString());
    }

    @Test
    void anEscapedUrlToTheNetworkIsRefused() {
        assertFalse(reported("p { background: u\\72l(http://evil.example/x.png) }").isEmpty());
        List<String> quoted = reported("p { background: u\\72l(\"http://evil.example/x.png\") }");
        assertTrue(quoted.stream().anyMatch(m -> m.contains("[CSS-002]") && m.contains("http://evil.example/x.png")), quoted.toString());
    }

    @Test
    void aSelectorWithTwoCombinatorsInARowIsASyntaxError() {
        List<String> found = reported("p { margin: 0; }\np > > q {}");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("styles/book.css:2:5: error [CSS-001]"), found.toString());
    }

    @Test
    void aModernStylesheetIsAccepted() {
        String css = """
                :root { --x: 1; --gap: 1.5em; }
                @media (prefers-color-scheme: dark) { :root { --rule: #ccc; } }
                @supports (hyphens: auto) and (not (-epub-hyphens: auto)) { p { hyphens: auto; } }
                :is(h1, h2) + p, p:where(.first) { margin-top: calc(var(--gap) * var(--x)); }
                blockquote:not(.verse, .pullquote) { margin: 0 var(--gap); border-left: 1px solid var(--rule, currentColor); }
                figure:has(> img) { text-align: center; }
                @keyframes appear { from { opacity: 0; } 50% { opacity: 0.5; } to { opacity: 1; } }
                """;
        assertEquals(List.of(), reported(css));
    }

    @Test
    void everyLoadIsFoundWhateverHoldsItOrHowItIsWritten() {
        assertEquals(List.of("1:45 http://e/s"), urls("@supports (display: grid) { p { background: url(http://e/s) } }"));
        assertEquals(List.of("1:35 http://e/k"), urls("@keyframes k { from { background: url(http://e/k) } to { opacity: 1 } }"));
        assertEquals(List.of("1:63 http://e/c"), urls("@container (min-width: 20em) { [epub|type~=\"x\"] { background: url(http://e/c) } }"));
        assertEquals(List.of("1:1 http://e/i"), urls("@\\69mport url(h\\74tp://e/i);"));
        assertEquals(List.of("1:35 http://e/m"), urls("@\\6d edia print { p { background: url(http://e/m) } }"));
        assertEquals(List.of("1:35 http://e/f"), urls("@font-face { font-family: X; src: url(\"\\68ttp://e/f\") format(\"woff2\"), local(X) }"));
        assertEquals(List.of("1:27 http://e/a.png", "1:48 b.png"), urls("p { background: image-set(\"http://e/a.png\" 1x, url(b.png) 2x) }"));
        assertEquals(List.of("1:26 //e/v"), urls("p { background: var(--x, url(//e/v)) }"));
        assertEquals(List.of(), urls("@namespace svg url(http://www.w3.org/2000/svg);"));
    }

    @Test
    void aRuleLeftOpenStillHasWhatFollowsChecked() {
        String css = "p { text-indent: 1em;\nh1 { text-align: center; }\n@font-face { src: url(fonts/locale.woff2); }";
        assertEquals("2:1: a rule cannot hold another rule; close the first one with } before 'h1'", problem(css));
        assertEquals(List.of("3:19 fonts/locale.woff2"), urls(css));
    }

    @Test
    void remoteMeansAnySchemeButData() {
        assertTrue(ParsedCss.isRemote("https://example.com/x.css"));
        assertTrue(ParsedCss.isRemote("//example.com/x.css"));
        assertTrue(ParsedCss.isRemote("ftp://example.com/x.css"));
        assertFalse(ParsedCss.isRemote("data:font/woff2;base64,AAAA"));
        assertFalse(ParsedCss.isRemote("autre.css"));
    }

    @Test
    void blocksNestedAHundredThousandDeepAreReportedWithoutExhaustingTheStack() {
        int levels = 100_000;
        String deep = "@media print {\n".repeat(levels) + "p { margin: 0; }\n" + "}".repeat(levels) + "\n";
        assertTrue(problem(deep).endsWith(": blocks are nested more than 100 deep here"), problem(deep));
        String hundred = "@media print {\n".repeat(99) + "p { margin: 0; }\n" + "}".repeat(99) + "\n";
        assertEquals("", problem(hundred));
    }

    @Test
    void aSelectorHoldingAStringOfTwoHundredThousandCharactersIsReadWithoutExhaustingTheStack() {
        assertEquals("", problem("a[title=\"" + "x".repeat(200_000) + "\"], a[title='" + "\\'".repeat(100_000) + "'] { color: red; }"));
    }
}
