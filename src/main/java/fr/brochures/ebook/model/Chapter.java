package fr.brochures.ebook.model;

import fr.brochures.ebook.project.Part;
import fr.brochures.ebook.report.Location;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

import java.util.Optional;

/** One chapter: its file name in the book (also its name in the EPUB), its part, where it came from, and its XHTML tree. */
public final class Chapter {

    private final String href;
    private final Part part;
    private final String sourceName;
    private final Document document;
    private final SourceMap sourceMap;
    private final java.util.List<NoteLink> noteLinks = new java.util.ArrayList<>();

    /** A link written in a note, which now sits on the endnotes page: its href as rewritten there, and where it was written. */
    public record NoteLink(String href, Location location) {
    }

    /** A chapter read from an XHTML file: the tree's own tracked positions are its places in the source. */
    public Chapter(String href, Part part, String sourceName, Document document) {
        this(href, part, sourceName, document, null);
    }

    /**
     * A chapter converted from another format (Markdown): {@code sourceMap} says where its elements were written in
     * {@code sourceName}, since the tree's own positions would be those of the generated XHTML.
     */
    public Chapter(String href, Part part, String sourceName, Document document, SourceMap sourceMap) {
        this.href = href;
        this.part = part;
        this.sourceName = sourceName;
        this.document = document;
        this.sourceMap = sourceMap;
    }

    /** The chapter's file name inside the EPUB, e.g. {@code 01-introduction.xhtml}. */
    public String href() {
        return href;
    }

    public Part part() {
        return part;
    }

    /** The source file as named in messages, e.g. {@code book/01-introduction.xhtml}. */
    public String sourceName() {
        return sourceName;
    }

    public Document document() {
        return document;
    }

    /** Records a link that moved with its note to the endnotes page, so that it is checked like the chapter's own. */
    public void addNoteLink(NoteLink link) {
        noteLinks.add(link);
    }

    /** The links of this chapter's notes, now on the endnotes page. */
    public java.util.List<NoteLink> noteLinks() {
        return java.util.List.copyOf(noteLinks);
    }

    /** Where {@code node} is in the source file: its line and column when known, else the file alone. */
    public Location at(Node node) {
        if (sourceMap != null) {
            return node == null ? Location.of(sourceName) : sourceMap.at(node).orElse(Location.of(sourceName));
        }
        Range.Position start = node == null ? null : node.sourceRange().start();
        return start == null || !start.isTracked() ? Location.of(sourceName)
                : new Location(sourceName, start.lineNumber(), start.columnNumber());
    }

    /**
     * The chapter's {@code <html>} element (the first in the tree), or empty when it has none. The one place that finds
     * it, for the checks and transforms that read or complete it; a chapter without one is reported by
     * ChapterShellTransform.
     */
    public Optional<Element> html() {
        return Optional.ofNullable(document.selectFirst("html"));
    }

    /** The language the chapter's {@code <html>} gives in its {@code lang} attribute, or empty when it gives none. */
    public Optional<String> language() {
        return html().map(html -> html.attr("lang")).filter(lang -> !lang.isBlank());
    }

    /**
     * The chapter's title: the text of its first heading or hgroup without note markers (an hgroup's parts joined by
     * {@code separator}), or null when it has none ({@link ChapterOutline}).
     */
    public String title(String separator) {
        return ChapterOutline.title(document, separator);
    }
}
