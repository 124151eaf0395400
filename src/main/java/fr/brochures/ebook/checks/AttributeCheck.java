package fr.brochures.ebook.checks;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.SemanticVocabularies;
import fr.brochures.ebook.project.LanguageTags;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Refuses attributes XHTML5 does not allow on their element, and values of the wrong form (ids, languages, roles, URLs, styles). */
public final class AttributeCheck implements ChapterCheck {

    /** Attributes every HTML element may have (https://html.spec.whatwg.org/#global-attributes, plus RDFa and EPUB). */
    private static final Set<String> GLOBAL = Set.of("accesskey", "autocapitalize", "autofocus", "class", "contenteditable",
            "dir", "draggable", "enterkeyhint", "hidden", "id", "inert", "inputmode", "is", "itemid", "itemprop", "itemref",
            "itemscope", "itemtype", "lang", "nonce", "popover", "slot", "spellcheck", "style", "tabindex", "title", "translate",
            "role", "xml:lang", "xml:space", "xml:base", "epub:type", "about", "content", "datatype", "inlist", "prefix",
            "property", "rel", "resource", "rev", "typeof", "vocab");
    /** Attributes of particular elements. */
    private static final Map<String, Set<String>> OWN = Map.ofEntries(
            Map.entry("html", Set.of("epub:prefix", "manifest")),
            Map.entry("a", Set.of("href", "target", "download", "ping", "hreflang", "type", "referrerpolicy")),
            Map.entry("img", Set.of("src", "alt", "srcset", "sizes", "crossorigin", "usemap", "ismap", "width", "height",
                    "referrerpolicy", "decoding", "loading", "fetchpriority")),
            Map.entry("time", Set.of("datetime")),
            Map.entry("del", Set.of("cite", "datetime")),
            Map.entry("ins", Set.of("cite", "datetime")),
            Map.entry("blockquote", Set.of("cite")),
            Map.entry("q", Set.of("cite")),
            Map.entry("ol", Set.of("reversed", "start", "type")),
            Map.entry("li", Set.of("value")),
            Map.entry("td", Set.of("colspan", "rowspan", "headers")),
            Map.entry("th", Set.of("colspan", "rowspan", "headers", "scope", "abbr")),
            Map.entry("col", Set.of("span")),
            Map.entry("colgroup", Set.of("span")),
            Map.entry("data", Set.of("value")),
            Map.entry("link", Set.of("href", "crossorigin", "media", "hreflang", "type", "sizes", "as", "blocking")),
            Map.entry("meta", Set.of("name", "content", "http-equiv", "charset")),
            Map.entry("style", Set.of("media", "blocking")),
            Map.entry("bdo", Set.of("dir")),
            Map.entry("details", Set.of("open", "name")),
            Map.entry("dialog", Set.of("open")),
            Map.entry("meter", Set.of("value", "min", "max", "low", "high", "optimum")),
            Map.entry("progress", Set.of("value", "max")),
            Map.entry("label", Set.of("for")),
            Map.entry("map", Set.of("name")),
            Map.entry("area", Set.of("alt", "coords", "shape", "href", "target", "download", "ping", "referrerpolicy")));
    /** ARIA and DPUB-ARIA roles EPUBCheck accepts. */
    private static final Set<String> ROLES = Set.of("alert", "alertdialog", "application", "article", "banner", "button", "cell",
            "checkbox", "columnheader", "combobox", "complementary", "contentinfo", "definition", "dialog", "directory",
            "doc-abstract", "doc-acknowledgments", "doc-afterword", "doc-appendix", "doc-backlink", "doc-biblioentry",
            "doc-bibliography", "doc-biblioref", "doc-chapter", "doc-colophon", "doc-conclusion", "doc-cover", "doc-credit",
            "doc-credits", "doc-dedication", "doc-endnote", "doc-endnotes", "doc-epigraph", "doc-epilogue", "doc-errata",
            "doc-example", "doc-footnote", "doc-foreword", "doc-glossary", "doc-glossref", "doc-index", "doc-introduction",
            "doc-noteref", "doc-notice", "doc-pagebreak", "doc-pagelist", "doc-part", "doc-preface", "doc-prologue",
            "doc-pullquote", "doc-qna", "doc-subtitle", "doc-tip", "doc-toc", "document", "feed", "figure", "form",
            "graphics-document", "graphics-object", "graphics-symbol", "grid", "gridcell", "group", "heading", "img", "link",
            "list", "listbox", "listitem", "log", "main", "marquee", "math", "menu", "menubar", "menuitem", "menuitemcheckbox",
            "menuitemradio", "navigation", "none", "note", "option", "presentation", "progressbar", "radio", "radiogroup",
            "region", "row", "rowgroup", "rowheader", "scrollbar", "search", "searchbox", "separator", "slider", "spinbutton",
            "status", "switch", "tab", "table", "tablist", "tabpanel", "term", "textbox", "timer", "toolbar", "tooltip", "tree",
            "treegrid", "treeitem");
    // possessive repetitions (*+, ++): a repeated group that may backtrack takes a stack frame per repetition, and a
    // value of 200 000 tokens would end the build with a StackOverflowError
    private static final Pattern NMTOKENS = Pattern.compile("\\s*+(?:[\\p{L}\\p{N}._:-]++\\s*+)++");
    private static final Pattern BAD_URL = Pattern.compile("\\s|%(?![0-9a-fA-F]{2})|[<>\"{}|\\\\^`]");

    @Override
    public String name() {
        return "attribute-check";
    }

    @Override
    public void check(Chapter chapter, CheckContext context) {
        for (Element element : chapter.document().getAllElements()) {
            String name = element.normalName();
            if (name.contains(":") || name.equals("svg") || name.equals("math") || name.startsWith("#")
                    || element.parents().stream().anyMatch(e -> e.normalName().equals("svg") || e.normalName().equals("math"))) {
                continue; // not HTML: SVG and MathML have attributes of their own
            }
            if (element.hasAttr("lang") && element.hasAttr("xml:lang") && !element.attr("lang").equals(element.attr("xml:lang"))) {
                context.report().error(MessageId.XHTML_010, chapter.at(element), "xml:lang", name,
                        "lang and xml:lang must say the same language (here " + element.attr("lang") + " and "
                                + element.attr("xml:lang") + ")");
            }
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().equals("epub:type")) {
                    warnUndeclaredPrefixes(attribute.getValue(), element, chapter, context);
                }
                String problem = problem(name, attribute.getKey(), attribute.getValue());
                if (problem != null) {
                    context.report().error(MessageId.XHTML_010, chapter.at(element), attribute.getKey(), name, problem);
                }
            }
        }
    }

    /**
     * Warns about each prefix of an epub:type value that neither the chapter declares (epub:prefix on its html) nor the
     * builder knows (z3998:, se:): the value is left out of the book (UndeclaredPrefixesTransform).
     */
    private static void warnUndeclaredPrefixes(String value, Element element, Chapter chapter, CheckContext context) {
        java.util.Map<String, String> declared = chapter.html().map(SemanticVocabularies::declaredBy).orElse(java.util.Map.of());
        for (String token : value.strip().split("\\s+")) {
            String prefix = SemanticVocabularies.prefixOf(token);
            if (prefix != null && SemanticVocabularies.uri(prefix, declared) == null) {
                context.report().warning(MessageId.XHTML_013, chapter.at(element), token, prefix);
            }
        }
    }

    /** What is wrong with {@code key="value"} on {@code element}, or null. */
    static String problem(String element, String key, String value) {
        String lower = key.toLowerCase(Locale.ROOT);
        boolean known = GLOBAL.contains(lower) || OWN.getOrDefault(element, Set.of()).contains(lower) || lower.startsWith("data-")
                || lower.startsWith("aria-") || lower.startsWith("on") || lower.startsWith("xmlns");
        if (!known) {
            return "this element has no such attribute; remove it" + (OWN.containsKey(element) ? "" : " or check its spelling");
        }
        return switch (lower) {
            case "id" -> value.isEmpty() || !value.equals(value.strip()) || value.chars().anyMatch(Character::isWhitespace)
                    ? "an id is one word, without spaces" : null;
            case "lang", "xml:lang" -> value.isEmpty() || LanguageTags.isWellFormed(value) ? null
                    : "a language is a BCP 47 code such as fr, en, fr-CA or kk-Cyrl";
            case "role" -> value.isBlank() || !java.util.Arrays.stream(value.strip().split("\\s+")).allMatch(ROLES::contains)
                    ? "an ARIA role such as doc-chapter, doc-pullquote or note is expected"
                    : !java.util.Arrays.stream(value.strip().split("\\s+")).allMatch(r -> AriaRoles.allows(element, r))
                    ? "HTML does not allow the role " + value.strip() + " on <" + element + ">; put it on the enclosing <section>"
                    : null;
            case "epub:type" -> NMTOKENS.matcher(value).matches() ? null
                    : "epub:type holds words such as chapter or z3998:poem, separated by spaces";
            case "href", "src", "cite" -> BAD_URL.matcher(value.strip()).find()
                    ? "a link cannot hold spaces or the characters < > \" { } | \\ ^ `; write a space as %20" : null;
            case "datetime" -> StructureCheck.isDatetime(value) ? null : "a date is written YYYY-MM-DD (or YYYY, YYYY-MM)";
            case "style" -> ParsedCss.declarations(value).firstProblem().map(p -> "the style is not CSS (" + p.text() + ")").orElse(null);
            default -> null;
        };
    }
}
