package fr.brochures.ebook.transform;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a note may hold, and its content as the notes page receives it. A note is either inline text (text, em, i, a…,
 * shown as one paragraph) or blocks one after the other: paragraphs, quotations (verse included, a
 * {@code <blockquote>} of lines) and lists, whose structure the notes page keeps. Headings, figures, tables, sections
 * and notes inside notes have no place there: the notes page is one list of notes.
 */
final class NoteContent {

    /** The elements that are blocks: one at the top of a note makes it a note of blocks. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "ul", "ol", "li", "figure", "table", "section",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "header", "footer", "dl", "hgroup", "nav", "article",
            "main", "details", "address");
    /** The blocks a note may be made of. */
    private static final Set<String> NOTE_BLOCKS = Set.of("p", "blockquote", "ul", "ol");
    /** What a note may not hold anywhere. */
    private static final Set<String> NEVER = Set.of("figure", "table", "section", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
            "hr", "header", "hgroup", "nav", "article", "main", "details", "pre");
    /** Elements that hold text and inline elements only. */
    private static final Set<String> PHRASING = Set.of("p", "span", "em", "strong", "i", "b", "a", "small", "s", "cite", "q",
            "sub", "sup", "code", "abbr", "time", "mark", "u", "bdi", "bdo", "dfn", "kbd", "samp", "var", "data");
    /** Kobo shows a note in a pop-up when its text is this long; otherwise its reference opens the notes page. */
    static final int KOBO_MIN = 9;
    static final int KOBO_MAX = 5000;

    private NoteContent() {
    }

    /** Something a note cannot hold: where it is, and how the message names it. */
    record Misfit(Node at, String what) {
    }

    /** True when the note's content is blocks rather than inline text. */
    static boolean blocks(Element note) {
        return note.children().stream().anyMatch(e -> BLOCKS.contains(e.normalName()));
    }

    /** The first thing the note cannot hold, or null when it is fit for the notes page. */
    static Misfit misfit(Element note) {
        for (Element inner : note.select("*")) {
            if (inner == note) {
                continue;
            }
            if (inner.hasClass("note") && inner.normalName().equals("span")) {
                return new Misfit(inner, "another note (span class=\"note\")");
            }
            if (NEVER.contains(inner.normalName())) {
                return new Misfit(inner, "a <" + inner.normalName() + ">");
            }
            Element parent = inner.parent();
            boolean inPhrasing = parent != note && parent != null && PHRASING.contains(parent.normalName());
            if (BLOCKS.contains(inner.normalName()) && (inPhrasing || parent == note && !NOTE_BLOCKS.contains(inner.normalName()))) {
                return new Misfit(inner, "a <" + inner.normalName() + "> " + (inPhrasing ? "inside a <" + parent.normalName() + ">" : "block"));
            }
        }
        if (blocks(note)) {
            for (Node child : note.childNodes()) {
                if (child instanceof TextNode text && !text.isBlank()) {
                    return new Misfit(text, "text outside its paragraphs");
                }
                if (child instanceof Element element && !NOTE_BLOCKS.contains(element.normalName())) {
                    return new Misfit(element, "a <" + element.normalName() + "> outside its paragraphs");
                }
            }
        }
        return null;
    }

    /** The length of the note's text, as Kobo counts it for its pop-ups. */
    static int textLength(Element note) {
        return note.text().length();
    }

    /** The note's content serialised as XHTML, ready to be placed on the endnotes page. */
    static String innerXhtml(Element note) {
        Document holder = Document.createShell("");
        holder.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element body = holder.body();
        for (Node child : note.childNodes()) {
            body.appendChild(child.clone());
        }
        if (blocks(note)) {
            // one block a line on the notes page, whatever the indentation of the file they come from
            return body.childNodes().stream().filter(n -> !(n instanceof TextNode text && text.isBlank()))
                    .map(Node::outerHtml).collect(Collectors.joining("\n"));
        }
        return body.childNodes().stream().map(Node::outerHtml).collect(Collectors.joining()).strip();
    }
}
