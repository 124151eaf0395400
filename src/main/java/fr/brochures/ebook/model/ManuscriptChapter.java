package fr.brochures.ebook.model;

import fr.brochures.ebook.project.Part;
import fr.brochures.ebook.xhtml.XhtmlWriter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * A finished chapter as the renderers see it, read-only: its file name, part, title, the sections the contents list, how
 * many figures it holds, and its XHTML as bytes. A renderer that changes the tree (the Kobo edition) works on a copy.
 */
public final class ManuscriptChapter {

    /** A section the contents list: its heading's text and the id it leads to. */
    public record Section(String title, String anchor) {
    }

    private final String href;
    private final String sourceName;
    private final Part part;
    private final String title;
    private final List<Section> sections;
    private final int figures;
    private final Document document;
    private final byte[] xhtml;

    private ManuscriptChapter(Chapter chapter) {
        this.href = chapter.href();
        this.sourceName = chapter.sourceName();
        this.part = chapter.part();
        this.title = chapter.title();
        this.sections = sections(chapter.document());
        this.figures = chapter.document().select("figure").size();
        // the transforms are done and the chapter is dropped: its tree is the manuscript's from now on, never handed out
        this.document = chapter.document();
        this.xhtml = XhtmlWriter.toBytes(document);
    }

    /** The chapter, finished: its tree becomes the manuscript's (nothing changes the chapter after this). */
    public static ManuscriptChapter of(Chapter chapter) {
        return new ManuscriptChapter(chapter);
    }

    /** The file name inside the book, e.g. {@code 01-introduction.xhtml}. */
    public String href() {
        return href;
    }

    /** The source file as named in messages, e.g. {@code book/02-suite.md} for {@code 02-suite.xhtml}. */
    public String sourceName() {
        return sourceName;
    }

    public Part part() {
        return part;
    }

    /** The title: the text of its h1 without note markers, or null. */
    public String title() {
        return title;
    }

    public List<Section> sections() {
        return sections;
    }

    public int figures() {
        return figures;
    }

    /** The XHTML file's bytes (a copy). */
    public byte[] xhtml() {
        return xhtml.clone();
    }

    /** A copy of the tree, for a renderer that changes it. */
    public Document documentCopy() {
        return document.clone();
    }

    /** One section per h2 that can be linked to. */
    private static List<Section> sections(Document document) {
        List<Section> sections = new ArrayList<>();
        for (Element h2 : document.select("body h2")) {
            String anchor = anchorOf(h2);
            if (anchor != null) {
                sections.add(new Section(Headings.plainText(h2), anchor));
            }
        }
        return List.copyOf(sections);
    }

    /** The id to link to for a heading: its own, or its section's when the heading opens it. */
    private static String anchorOf(Element heading) {
        if (!heading.id().isEmpty()) {
            return heading.id();
        }
        Element parent = heading.parent();
        boolean opensSection = parent != null && parent.normalName().equals("section")
                && parent.children().stream().filter(e -> !e.normalName().equals("header")).findFirst().orElse(null) == heading;
        return opensSection && !parent.id().isEmpty() ? parent.id() : null;
    }
}
