package fr.brochures.ebook.checks;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Refuses elements where XHTML5 does not allow them (a block in a paragraph, a second title, a link in a link…), at their line. */
public final class StructureCheck implements ChapterCheck {

    /** The elements of HTML (https://html.spec.whatwg.org/multipage/indices.html#elements-3). */
    private static final Set<String> HTML = Set.of("a", "abbr", "address", "area", "article", "aside", "audio", "b", "base",
            "bdi", "bdo", "blockquote", "body", "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data",
            "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i",
            "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu", "meta",
            "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "picture", "pre", "progress", "q",
            "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span", "strong",
            "style", "sub", "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
            "title", "tr", "track", "u", "ul", "var", "video", "wbr");
    /** Elements that hold only phrasing content (text, em, i, a, span…). */
    private static final Set<String> PHRASING_ONLY = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "span", "em",
            "strong", "i", "b", "small", "s", "cite", "q", "dfn", "abbr", "data", "time", "code", "var", "samp", "kbd", "sub",
            "sup", "u", "mark", "bdi", "bdo", "label", "ruby", "rt", "rp", "legend", "summary");
    /** Elements that are blocks (flow content but not phrasing content). */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "details", "dialog", "div",
            "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
            "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "search", "table", "ul", "li", "dd", "dt");
    /** Elements whose content model is their parent's. */
    private static final Set<String> TRANSPARENT = Set.of("a", "ins", "del", "map", "noscript", "canvas", "object", "audio", "video");
    /** Elements that hold no text of their own, only other elements. */
    private static final Set<String> NO_TEXT = Set.of("html", "head", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr",
            "colgroup");
    private static final Set<String> HEAD_ONLY = Set.of("title", "meta", "link", "style", "base", "script", "noscript", "template");
    /** Elements that belong in head only. */
    private static final Set<String> NOT_IN_BODY = Set.of("title", "meta", "link", "style", "base");
    /** Elements that never hold anything. */
    private static final Set<String> VOID = Set.of("img", "br", "hr", "wbr", "meta", "link", "base", "col", "area", "source", "track",
            "input", "embed");
    private static final Pattern DATETIME = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?)?)?)?"
                    + "|-?-?\\d{2}-\\d{2}|\\d{4}-W\\d{2}|\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?|P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

    @Override
    public String name() {
        return "structure-check";
    }

    @Override
    public void check(Chapter chapter, CheckContext context) {
        // without an html element at the top there is no structure to check: reported by ChapterShellTransform
        chapter.html().filter(html -> html.parent() == chapter.document()).ifPresent(html -> checkTree(html, chapter, context));
    }

    private static void checkTree(Element html, Chapter chapter, CheckContext context) {
        checkHtml(html, chapter, context);
        for (Element element : html.getAllElements()) {
            String problem = problem(element);
            if (problem != null) {
                context.report().error(MessageId.XHTML_009, chapter.at(element), "<" + element.normalName() + ">", problem);
            }
            if (NO_TEXT.contains(element.normalName())) {
                for (TextNode text : element.textNodes()) {
                    if (!text.isBlank()) {
                        context.report().error(MessageId.XHTML_009, chapter.at(text), "The text '" + abbreviate(text.text()) + "'",
                                "<" + element.normalName() + "> holds elements, not text; put the text in one of them or remove it");
                    }
                }
            }
        }
    }

    private static void checkHtml(Element html, Chapter chapter, CheckContext context) {
        int heads = 0;
        int bodies = 0;
        for (Element child : html.children()) {
            String name = child.normalName();
            String problem = null;
            if (name.equals("head")) {
                heads++;
                problem = heads > 1 ? "a chapter has one <head>; merge them" : bodies > 0 ? "<head> comes before <body>" : null;
            } else if (name.equals("body")) {
                bodies++;
                problem = bodies > 1 ? "a chapter has one <body>; merge them" : null;
            } else {
                problem = "<html> holds only <head> and <body>; move it into <body>";
            }
            if (problem != null) {
                context.report().error(MessageId.XHTML_009, chapter.at(child), "<" + name + ">", problem);
            }
        }
    }

    /** What is wrong with where {@code element} is, or null. */
    private static String problem(Element element) {
        String name = element.normalName();
        if (name.contains(":") || insideForeign(element)) {
            return null; // epub:switch, inline SVG or MathML: not HTML
        }
        if (name.equals("svg") || name.equals("math")) {
            return name.equals("svg") ? "drawings go in book/images/ as SVG files, shown with <img src=\"images/….svg\" alt=\"…\"/>"
                    : "formulas in MathML are not supported; show the formula as an image (SVG) in book/images/";
        }
        if (!HTML.contains(name)) {
            return "it is not an HTML element; check its spelling";
        }
        Element parent = element.parent();
        String parentName = parent == null ? "" : parent.normalName();
        if (name.equals("html") && !parentName.equals("#root") || (name.equals("head") || name.equals("body")) && !parentName.equals("html")) {
            return "<" + name + "> is the chapter's own frame; there is one, around the whole text";
        }
        if (parentName.equals("head") && !HEAD_ONLY.contains(name)) {
            return "<head> holds only <title>, <meta>, <link> and <style>; move it into <body>";
        }
        if (VOID.contains(name) && element.childNodeSize() > 0) {
            return "<" + name + "> holds nothing; close it right away (<" + name + " …/>) and put what follows after it";
        }
        if (NOT_IN_BODY.contains(name) && !parentName.equals("head")) {
            return name.equals("title") ? "<title> belongs in <head>; the chapter's title in the text is its <h1>"
                    : "<" + name + "> belongs in <head>; remove it from the text";
        }
        if (name.equals("style")) {
            String css = ParsedCss.stylesheet(element.data()).firstProblem().map(ParsedCss.Problem::text).orElse(null);
            if (css != null) {
                return "its CSS is not valid: " + css;
            }
        }
        if (name.equals("title")) {
            if (parent.children().stream().filter(e -> e.normalName().equals("title")).findFirst().orElse(element) != element) {
                return "a chapter has one <title>; remove this one";
            }
        }
        if (name.equals("figcaption")) {
            if (!parentName.equals("figure")) {
                return "a <figcaption> is the caption of a <figure>, inside it";
            }
            if (parent.children().stream().filter(e -> e.normalName().equals("figcaption")).findFirst().orElse(element) != element) {
                return "a <figure> has one <figcaption>; merge them";
            }
            List<Node> content = parent.childNodes().stream()
                    .filter(n -> n instanceof Element || n instanceof TextNode t && !t.isBlank()).toList();
            if (content.get(0) != element && content.get(content.size() - 1) != element) {
                return "a <figcaption> is the first or the last thing in its <figure>; move it, or the text after it";
            }
        }
        if (name.equals("li") && !Set.of("ul", "ol", "menu").contains(parentName)) {
            return "a list item belongs in a <ul> or an <ol>";
        }
        if ((name.equals("dt") || name.equals("dd")) && !parentName.equals("dl")
                && !(parentName.equals("div") && parent.parent() != null && parent.parent().normalName().equals("dl"))) {
            return "<" + name + "> belongs in a <dl>";
        }
        String table = tablePlace(name, parentName);
        if (table != null) {
            return table;
        }
        if (name.equals("a") || element.hasClass("note") && name.equals("span")) {
            Element link = element.parents().stream().filter(e -> e.normalName().equals("a")).findFirst().orElse(null);
            if (link != null) {
                return name.equals("a") ? "a link cannot hold another link; close the first one before"
                        : "a note cannot be inside a link (its number is a link); put it after the </a>";
            }
        }
        if ((name.equals("header") || name.equals("footer"))
                && element.parents().stream().anyMatch(e -> e.normalName().equals("header") || e.normalName().equals("footer"))) {
            return "a <header> or <footer> cannot hold another <header> or <footer>";
        }
        if (BLOCKS.contains(name)) {
            Element container = parent;
            while (container != null && TRANSPARENT.contains(container.normalName())) {
                container = container.parent();
            }
            boolean inNote = element.parents().stream().anyMatch(e -> e.hasClass("note"));
            if (container != null && PHRASING_ONLY.contains(container.normalName()) && !inNote) {
                return "<" + container.normalName() + "> holds only text and inline elements (em, i, a, span…); close the <"
                        + container.normalName() + "> before this <" + name + ">";
            }
        }
        if (name.equals("time") && !element.hasAttr("datetime") && !isDatetime(element.text())) {
            // with a datetime attribute, AttributeCheck checks that instead
            return "its text '" + abbreviate(element.text()) + "' is not a machine-readable date; give one as datetime=\"YYYY-MM-DD\"";
        }
        return null;
    }

    /** True for a date or time as HTML writes it (https://html.spec.whatwg.org/#dates-and-times). */
    static boolean isDatetime(String value) {
        return DATETIME.matcher(value.strip()).matches();
    }

    private static String tablePlace(String name, String parentName) {
        return switch (name) {
            case "td", "th" -> parentName.equals("tr") ? null : "a table cell belongs in a <tr>";
            case "tr" -> Set.of("table", "thead", "tbody", "tfoot").contains(parentName) ? null : "a <tr> belongs in a <table>";
            case "thead", "tbody", "tfoot", "caption", "colgroup" -> parentName.equals("table") ? null : "<" + name + "> belongs in a <table>";
            default -> null;
        };
    }

    private static boolean insideForeign(Element element) {
        return element.parents().stream().anyMatch(e -> e.normalName().equals("svg") || e.normalName().equals("math")
                || e.normalName().contains(":"));
    }

    private static String abbreviate(String text) {
        String plain = text.strip().replaceAll("\\s+", " ");
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }
}
