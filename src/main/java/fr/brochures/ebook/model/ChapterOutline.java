package fr.brochures.ebook.model;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A chapter's outline as its own headings give it, at the levels the source wrote them: its title is its first heading
 * of any level or its first {@code <hgroup>} (Standard Ebooks and many EPUBs title a chapter with an {@code <h2>}, or a
 * number and a title in an {@code <hgroup>}), and the headings after it make the sections the contents list, nested by
 * their rank relative to the title's.
 */
public final class ChapterOutline {

    /** Sectioning roots and notes: their headings belong to what they hold (a quotation, a figure), not to the chapter. */
    private static final Set<String> OWN_OUTLINE = Set.of("blockquote", "figure", "aside", "details", "dialog", "fieldset",
            "nav", "td", "th");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private ChapterOutline() {
    }

    /** The chapter's title element: its first heading or hgroup, or empty when it has none. */
    public static Optional<Element> titleElement(Document document) {
        return headings(document).stream().findFirst();
    }

    /**
     * The chapter's title as one line: the title element's text without notes; an hgroup's parts (a number and a title,
     * a title and a subtitle) joined by {@code separator} ("I: Of the Different Species of Philosophy"). Null when the
     * chapter has no heading.
     */
    public static String title(Document document, String separator) {
        return titleElement(document).map(heading -> text(heading, separator)).orElse(null);
    }

    /** A heading's text for the contents: an hgroup's headings and paragraphs joined by {@code separator}. */
    public static String text(Element heading, String separator) {
        if (!heading.normalName().equals("hgroup")) {
            return Headings.plainText(heading);
        }
        List<String> parts = new ArrayList<>();
        for (Element part : heading.children()) {
            String text = Headings.plainText(part);
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join(separator, parts);
    }

    /**
     * The sections under the title, nested as the headings' ranks say (a heading is under the nearest heading before it
     * of a higher rank), down to {@code depth} levels of contents, the chapter itself being the first: with depth 2 and a
     * chapter titled by an h2, its h3s. A heading the contents cannot link to (no id of its own nor of the section it
     * opens) is left out, the headings under it moving up a level; a heading of the title's rank or above is a section
     * of the first level.
     */
    public static List<ManuscriptChapter.Section> sections(Document document, int depth, String separator) {
        List<Element> headings = headings(document);
        if (headings.isEmpty()) {
            return List.of();
        }
        List<SectionBuilder> roots = new ArrayList<>();
        Deque<SectionBuilder> open = new ArrayDeque<>();
        for (Element heading : headings.subList(1, headings.size())) {
            int rank = rank(heading);
            while (!open.isEmpty() && open.peek().rank >= rank) {
                open.pop();
            }
            String anchor = anchorOf(heading);
            if (open.size() + 2 > depth || anchor == null) {
                continue;
            }
            SectionBuilder section = new SectionBuilder(text(heading, separator), anchor, rank);
            (open.isEmpty() ? roots : open.peek().children).add(section);
            open.push(section);
        }
        return roots.stream().map(SectionBuilder::build).toList();
    }

    /** A section being gathered, with its heading's rank, until the sections under it are known. */
    private static final class SectionBuilder {
        private final String title;
        private final String anchor;
        private final int rank;
        private final List<SectionBuilder> children = new ArrayList<>();

        SectionBuilder(String title, String anchor, int rank) {
            this.title = title;
            this.anchor = anchor;
            this.rank = rank;
        }

        ManuscriptChapter.Section build() {
            return new ManuscriptChapter.Section(title, anchor, children.stream().map(SectionBuilder::build).toList());
        }
    }

    /** The rank of a heading (h2 → 2); an hgroup's is its heading's. */
    static int rank(Element heading) {
        if (heading.normalName().equals("hgroup")) {
            return heading.children().stream().filter(e -> HEADINGS.contains(e.normalName())).findFirst()
                    .map(ChapterOutline::rank).orElse(6);
        }
        return heading.normalName().charAt(1) - '0';
    }

    /** The body's headings and hgroups in document order (the headings inside an hgroup count as the hgroup). */
    private static List<Element> headings(Document document) {
        Element body = document.selectFirst("html > body");
        if (body == null) {
            return List.of();
        }
        List<Element> headings = new ArrayList<>();
        for (Element element : body.select("h1, h2, h3, h4, h5, h6, hgroup")) {
            if (element.parents().stream().noneMatch(p -> p.normalName().equals("hgroup")
                    || OWN_OUTLINE.contains(p.normalName()) || p.hasClass("note"))) {
                headings.add(element);
            }
        }
        return headings;
    }

    /**
     * The id to link to for a heading: its own (or, for an hgroup, its heading's), or its section's when the heading
     * opens it, alone or in the section's {@code <header>}.
     */
    private static String anchorOf(Element heading) {
        if (!heading.id().isEmpty()) {
            return heading.id();
        }
        if (heading.normalName().equals("hgroup")) {
            Element inner = heading.children().stream().filter(e -> HEADINGS.contains(e.normalName()) && !e.id().isEmpty())
                    .findFirst().orElse(null);
            if (inner != null) {
                return inner.id();
            }
        }
        Element opener = heading;
        Element parent = heading.parent();
        if (parent != null && parent.normalName().equals("header") && parent.firstElementChild() == heading) {
            opener = parent;
            parent = parent.parent();
        }
        if (parent == null || !Set.of("section", "article").contains(parent.normalName()) || parent.id().isEmpty()) {
            return null;
        }
        Element first = opener.normalName().equals("header") ? parent.firstElementChild()
                : parent.children().stream().filter(e -> !e.normalName().equals("header")).findFirst().orElse(null);
        return first == opener ? parent.id() : null;
    }
}
