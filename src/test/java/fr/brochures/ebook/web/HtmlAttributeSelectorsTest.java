package fr.brochures.ebook.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The book's selectors of EPUB attributes made for HTML pages, and nothing else touched. */
class HtmlAttributeSelectorsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "section[epub|type~=\"chapter\"] { } => section[epub\\:type~=\"chapter\"] { }",
            "a[ epub|type ~= noteref ] sup { } => a[ epub\\:type ~= noteref ] sup { }",
            "[lang|=\"en\"] { } => [lang|=\"en\"] { }",
            "[*|type] { } [|type] { } => [*|type] { } [|type] { }",
            "p::after { content: \"[epub|type]\"; } => p::after { content: \"[epub|type]\"; }",
            "/* [epub|type] */ p { } => /* [epub|type] */ p { }",
            "@namespace epub \"http://www.idpf.org/2007/ops\"; => @namespace epub \"http://www.idpf.org/2007/ops\";",
            "@media (min-width: 30em) { aside[epub|type~=\"z3998:pullquote\"] { } } => @media (min-width: 30em) { aside[epub\\:type~=\"z3998:pullquote\"] { } }",
            "div { grid-template-columns: [full-start] 1fr [full-end]; } => div { grid-template-columns: [full-start] 1fr [full-end]; }",
    })
    void rewritesOnlyNamespacedAttributeSelectors(String css, String html) {
        assertEquals(html.strip(), HtmlAttributeSelectors.apply(css.strip()));
    }
}
