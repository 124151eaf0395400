package fr.brochures.ebook.web;

import fr.brochures.ebook.epub.ColophonPage;
import fr.brochures.ebook.epub.GeneratedPages;
import fr.brochures.ebook.epub.NavDocument;
import fr.brochures.ebook.epub.TitlePage;
import fr.brochures.ebook.epub.TocEntry;
import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.model.ManuscriptChapter;
import fr.brochures.ebook.project.BookFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages of the web edition in reading order, as in the EPUB's spine: the title page, the chapters (front matter,
 * body, back matter), the notes page when the book has notes, the colophon. The contents page, {@value #CONTENTS}, comes
 * before them all (the EPUB's cover page and navigation document are its part). Each page keeps its name in the EPUB
 * with {@code .html} for {@code .xhtml}; a chapter named {@code index.xhtml} becomes {@code index-text.html}, the
 * contents page having that name.
 */
final class ReadingOrder {

    /** The contents page: the web edition's first page, the one the download page links to. */
    static final String CONTENTS = "index.html";

    /** A page of the book: its name in the EPUB and here, its title, its XHTML as the EPUB has it. */
    public record Page(String epubHref, String href, String title, byte[] xhtml, List<ManuscriptChapter.Section> sections) {
    }

    private final List<Page> pages;
    private final Map<String, String> names;
    private final String contentsTitle;

    private ReadingOrder(List<Page> pages, Map<String, String> names, String contentsTitle) {
        this.pages = List.copyOf(pages);
        this.names = Map.copyOf(names);
        this.contentsTitle = contentsTitle;
    }

    static ReadingOrder of(Manuscript manuscript, GeneratedPages generated) {
        Labels labels = manuscript.labels();
        List<Page> pages = new ArrayList<>();
        Set<String> taken = new HashSet<>(Set.of(CONTENTS));
        pages.add(page(TitlePage.HREF, labels.get("titlepage"), generated.titlePage(), List.of(), taken));
        for (ManuscriptChapter chapter : manuscript.chapters()) {
            pages.add(page(chapter.href(), chapter.title(), chapter.xhtml(), chapter.sections(), taken));
        }
        if (generated.endnotes() != null) {
            pages.add(page(manuscript.notesHref(), labels.get("endnotes"), generated.endnotes(), List.of(), taken));
        }
        pages.add(page(ColophonPage.HREF, labels.get("colophon"), generated.colophon(), List.of(), taken));
        Map<String, String> names = new HashMap<>();
        pages.forEach(p -> names.put(p.epubHref(), p.href()));
        // the EPUB's own contents and cover pages are the contents page here
        names.put(NavDocument.HREF, CONTENTS);
        names.put(BookFiles.COVER_PAGE, CONTENTS);
        return new ReadingOrder(pages, names, labels.get("toc"));
    }

    private static Page page(String epubHref, String title, byte[] xhtml, List<ManuscriptChapter.Section> sections, Set<String> taken) {
        String base = epubHref.endsWith(".xhtml") ? epubHref.substring(0, epubHref.length() - ".xhtml".length()) : epubHref;
        String href = base + ".html";
        if (taken.contains(href)) {
            href = base + "-text.html";
        }
        for (int n = 2; taken.contains(href); n++) {
            href = base + "-text-" + n + ".html";
        }
        taken.add(href);
        return new Page(epubHref, href, title, xhtml, List.copyOf(sections));
    }

    List<Page> pages() {
        return pages;
    }

    /** Each page's name in the EPUB → its name in the web edition. */
    Map<String, String> names() {
        return names;
    }

    /** The page before the one at {@code index} (the contents page before the first), or null. */
    Link previous(int index) {
        return index == 0 ? new Link(CONTENTS, contentsTitle) : link(pages.get(index - 1));
    }

    /** The page after the one at {@code index}, or null after the last. */
    Link next(int index) {
        return index + 1 < pages.size() ? link(pages.get(index + 1)) : null;
    }

    /** The first page after the contents page. */
    Link first() {
        return link(pages.get(0));
    }

    /** The contents: each page with its sections, as the EPUB's navigation lists them, the title page first. */
    List<TocEntry> contents() {
        List<TocEntry> entries = new ArrayList<>();
        for (Page page : pages) {
            List<TocEntry> sections = page.sections().stream()
                    .map(s -> new TocEntry(s.title(), page.href() + "#" + s.anchor(), List.of())).toList();
            entries.add(new TocEntry(page.title(), page.href(), sections));
        }
        return entries;
    }

    /** A link to a page: where, and its title. */
    public record Link(String href, String title) {
    }

    private static Link link(Page page) {
        return new Link(page.href(), page.title());
    }
}
