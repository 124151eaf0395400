package fr.brochures.ebook.model;

import fr.brochures.ebook.project.Part;
import fr.brochures.ebook.xhtml.XhtmlWriter;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * A finished chapter as the renderers see it, read-only: its file name, part, title, the sections the contents list, how
 * many figures it holds, and its XHTML as bytes. A renderer that changes the tree (the Kobo edition) works on a copy.
 */
public final class ManuscriptChapter {

    /** A section the contents list: its heading's text, the id it leads to, and the sections under it. */
    public record Section(String title, String anchor, List<Section> children) {

        public Section {
            children = List.copyOf(children);
        }

        /** A section with no sections under it. */
        public Section(String title, String anchor) {
            this(title, anchor, List.of());
        }
    }

    private final String href;
    private final String sourceName;
    private final Part part;
    private final String title;
    private final List<Section> sections;
    private final int figures;
    private final Document document;
    private final byte[] xhtml;

    private ManuscriptChapter(Chapter chapter, String separator, int tocDepth) {
        this.href = chapter.href();
        this.sourceName = chapter.sourceName();
        this.part = chapter.part();
        this.title = ChapterOutline.title(chapter.document(), separator);
        this.sections = ChapterOutline.sections(chapter.document(), tocDepth, separator);
        this.figures = chapter.document().select("figure").size();
        // the transforms are done and the chapter is dropped: its tree is the manuscript's from now on, never handed out
        this.document = chapter.document();
        this.xhtml = XhtmlWriter.toBytes(document);
    }

    /**
     * The chapter, finished: its tree becomes the manuscript's (nothing changes the chapter after this). Its title and
     * sections come from its own headings ({@link ChapterOutline}): an hgroup's parts joined by {@code separator}, the
     * sections down to {@code tocDepth} levels of contents.
     */
    public static ManuscriptChapter of(Chapter chapter, String separator, int tocDepth) {
        return new ManuscriptChapter(chapter, separator, tocDepth);
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

    /** The title: the text of its first heading or hgroup without note markers, or null. */
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
}
