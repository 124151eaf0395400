package fr.brochures.ebook.checks;

import java.util.Map;
import java.util.Set;

/**
 * Which ARIA roles the elements of a chapter may carry (https://www.w3.org/TR/html-aria/#docconformance), where HTML
 * limits them. One table for AttributeCheck, which refuses a role the author put where HTML does not allow it, and for
 * AriaRolesTransform, which adds a role only where it is allowed: the two cannot disagree.
 */
public final class AriaRoles {

    private static final Set<String> HEADING = Set.of("doc-subtitle", "heading", "none", "presentation", "tab");
    private static final Set<String> SECTIONING = Set.of("alert", "alertdialog", "application", "banner", "complementary",
            "contentinfo", "dialog", "document", "feed", "group", "log", "main", "marquee", "navigation", "none", "note",
            "presentation", "search", "status", "tabpanel", "region", "doc-abstract", "doc-acknowledgments", "doc-afterword",
            "doc-appendix", "doc-bibliography", "doc-chapter", "doc-colophon", "doc-conclusion", "doc-credit", "doc-credits",
            "doc-dedication", "doc-endnotes", "doc-epigraph", "doc-epilogue", "doc-errata", "doc-example", "doc-foreword",
            "doc-glossary", "doc-index", "doc-introduction", "doc-notice", "doc-pagelist", "doc-part", "doc-preface",
            "doc-prologue", "doc-pullquote", "doc-qna", "doc-toc");
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("h1", HEADING), Map.entry("h2", HEADING), Map.entry("h3", HEADING),
            Map.entry("h4", HEADING), Map.entry("h5", HEADING), Map.entry("h6", HEADING),
            Map.entry("section", SECTIONING),
            Map.entry("article", Set.of("application", "document", "feed", "main", "none", "presentation", "region")),
            Map.entry("figcaption", Set.of("group", "none", "presentation")),
            Map.entry("header", Set.of("group", "none", "presentation")),
            Map.entry("footer", Set.of("group", "none", "presentation", "doc-footnote")),
            Map.entry("aside", Set.of("doc-dedication", "doc-example", "doc-footnote", "doc-glossary", "doc-pullquote", "doc-tip",
                    "feed", "none", "note", "presentation", "region", "search")),
            Map.entry("nav", Set.of("doc-index", "doc-pagelist", "doc-toc", "menu", "menubar", "none", "presentation", "tablist")),
            Map.entry("ol", Set.of("directory", "group", "listbox", "menu", "menubar", "none", "presentation", "radiogroup", "tablist",
                    "toolbar", "tree")),
            Map.entry("ul", Set.of("directory", "group", "listbox", "menu", "menubar", "none", "presentation", "radiogroup", "tablist",
                    "toolbar", "tree")),
            Map.entry("a", Set.of("button", "checkbox", "menuitem", "menuitemcheckbox", "menuitemradio", "option", "radio", "switch",
                    "tab", "treeitem", "link", "doc-backlink", "doc-biblioref", "doc-glossref", "doc-noteref")),
            Map.entry("html", Set.of()), Map.entry("head", Set.of()), Map.entry("body", Set.of()), Map.entry("main", Set.of()),
            Map.entry("title", Set.of()), Map.entry("br", Set.of("none", "presentation")));
    /** Elements on which HTML allows any role. */
    private static final Set<String> ANY = Set.of("div", "span", "p", "blockquote", "figure", "b", "i", "em", "strong", "small",
            "cite", "q", "code", "sub", "sup", "u", "s", "mark", "abbr", "time", "pre", "table", "dl", "hr");

    private AriaRoles() {
    }

    /** True when {@code element} may have {@code role}; elements not listed here are left to EPUBCheck's general list. */
    public static boolean allows(String element, String role) {
        Set<String> allowed = ALLOWED.get(element);
        return allowed == null ? true : allowed.contains(role);
    }

    /** True when the builder may add {@code role} to {@code element} without a doubt. */
    public static boolean safeToAdd(String element, String role) {
        return ANY.contains(element) || ALLOWED.containsKey(element) && ALLOWED.get(element).contains(role);
    }
}
