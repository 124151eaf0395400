package fr.brochures.ebook.checks;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSS check accepts what EPUBCheck accepts and names the first problem of what it refuses, with its place. */
class CssSyntaxTest {

    private static String problem(String css) {
        return CssSyntax.stylesheetProblem(css).map(p -> p.offset() + ": " + p.text()).orElse("");
    }

    @Test
    void theBookStylesheetsAreValid() throws Exception {
        for (Path css : new Path[] {Path.of("styles/book.css"), Path.of("src/test/resources/books/notes-and-figure/styles/book.css")}) {
            assertEquals(Optional.empty(), CssSyntax.stylesheetProblem(Files.readString(css)), css.toString());
        }
    }

    @Test
    void validConstructsPass() {
        String css = """
                @charset "utf-8";
                @namespace epub "http://www.idpf.org/2007/ops";
                @import url(autre.css);
                /* un commentaire { } ; */
                a::before { content: "\\"{;}"; }
                @media amzn-kf8 { p { margin: 0 !important; } }
                @page { margin: 1em; @top-center { content: "x"; } }
                section[epub|type~="chapter"] { break-before: page; }
                p { background: url(data:image/png;base64,iVBORw0KGgo=); --gap: 1em; }
                ;
                """;
        assertEquals("", problem(css));
    }

    @Test
    void problemsAreNamedWhereTheyStart() {
        assertEquals("3: a { is never closed with }", problem("p {"));
        assertEquals("0: this } closes no block", problem("}"));
        assertEquals("0: a { without a selector before it", problem("{{{"));
        assertEquals("4: 'color' is not a declaration (property: value)", problem("p { color }"));
        assertEquals("10: a rule cannot hold another rule; close the first one with } before 'h1'", problem("p { a: b;\nh1 { c: d; }"));
        assertEquals("0: a comment /* is never closed with */", problem("/* x"));
        assertEquals("10: a string opened with \" is not closed on its line", problem("a { x: y; \"z\n }"));
        assertEquals("0: the control character U+0017 has no place in CSS", problem("\u0017p { x: y; }"));
        assertTrue(problem("div { direction: rtl; }").contains("the property direction is not allowed in an EPUB"));
        assertTrue(problem("div { unicode-bidi: bidi-override; }").contains("unicode-bidi"));
        assertEquals("0: 'p' is not a complete rule", problem("p"));
        assertEquals("0: 'j @page' is not a selector", problem("j\n@page { margin: 1em; }"));
    }

    @Test
    void styleAttributesAreDeclarations() {
        assertEquals(Optional.empty(), CssSyntax.declarationsProblem("color: red; margin: 0 auto;"));
        assertEquals(Optional.empty(), CssSyntax.declarationsProblem(""));
        assertEquals(Optional.of("'author' is not a declaration (property: value)"), CssSyntax.declarationsProblem("author"));
        assertEquals(Optional.of("'#premier' is not a declaration (property: value)"), CssSyntax.declarationsProblem("#premier"));
        assertTrue(CssSyntax.declarationsProblem("color: red }").isPresent());
    }

    @Test
    void blocksNestedAHundredThousandDeepAreReadWithoutExhaustingTheStack() {
        int levels = 100_000;
        String deep = "@media print {\n".repeat(levels) + "p { margin: 0; }\n" + "}".repeat(levels) + "\n";
        assertEquals("", problem(deep));
        String unclosed = "@media print {\n".repeat(levels) + "p { margin: 0; }\n" + "}".repeat(levels - 1) + "\n";
        assertEquals(unclosed.length() + ": a { is never closed with }", problem(unclosed));
    }

    @Test
    void aSelectorHoldingAStringOfTwoHundredThousandCharactersIsReadWithoutExhaustingTheStack() {
        assertEquals("", problem("a[title=\"" + "x".repeat(200_000) + "\"], a[title='" + "\\'".repeat(100_000) + "'] { color: red; }"));
        assertEquals("0: '" + "a[title=\"" + "x".repeat(31) + "…' is not a selector",
                problem("a[title=\"" + "x".repeat(200_000) + "\"] < b { color: red; }"));
    }
}
