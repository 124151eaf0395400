package fr.brochures.ebook.epub;

import fr.brochures.ebook.images.PreparedImages;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.model.ManuscriptChapter;
import fr.brochures.ebook.pages.PageContext;
import fr.brochures.ebook.project.BookFiles;
import fr.brochures.ebook.project.Part;
import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.Person;
import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Date;
import io.documentnode.epub4j.domain.GuideReference;
import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Metadata;
import io.documentnode.epub4j.domain.Relator;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.domain.TOCReference;

import java.util.List;

/** Puts the book together in epublib's model: metadata, resources, spine (reading order), table of contents, guide and navigation. */
public final class BookAssembler {

    private final Labels labels;

    public BookAssembler(Labels labels) {
        this.labels = labels;
    }

    /**
     * The book without its images (see {@link #addImages}), so that the text can be assembled while the images are
     * still being prepared: metadata, spine, table of contents, guide, documents (each chapter's in this edition, in
     * reading order) and stylesheets.
     */
    public Book assembleText(Manuscript manuscript, GeneratedPages pages, List<byte[]> chapterDocuments) {
        Book book = new Book();
        fillMetadata(book.getMetadata(), manuscript.metadata());
        Resource coverPage = add(book, CoverPage.HREF, pages.cover(), MediaTypes.XHTML);
        book.getSpine().addSpineReference(new SpineReference(coverPage, true));
        book.getGuide().addReference(new GuideReference(coverPage, GuideReference.COVER, labels.get("cover")));
        Resource titlePage = addToSpine(book, TitlePage.HREF, pages.titlePage());
        book.getGuide().addReference(new GuideReference(titlePage, GuideReference.TITLE_PAGE, labels.get("titlepage")));
        boolean bodyMarked = false;
        for (int i = 0; i < manuscript.chapters().size(); i++) {
            ManuscriptChapter chapter = manuscript.chapters().get(i);
            Resource resource = addToSpine(book, chapter.href(), chapterDocuments.get(i));
            book.getTableOfContents().addTOCReference(tocEntry(chapter, resource));
            if (!bodyMarked && chapter.part() == Part.BODY) {
                book.getGuide().addReference(new GuideReference(resource, GuideReference.TEXT, labels.get("bodymatter")));
                bodyMarked = true;
            }
        }
        if (pages.endnotes() != null) {
            Resource endnotes = addToSpine(book, manuscript.notesHref(), pages.endnotes());
            book.getTableOfContents().addTOCReference(new TOCReference(labels.get("endnotes"), endnotes));
            book.getGuide().addReference(new GuideReference(endnotes, GuideReference.NOTES, labels.get("endnotes")));
        }
        Resource colophon = addToSpine(book, ColophonPage.HREF, pages.colophon());
        book.getTableOfContents().addTOCReference(new TOCReference(labels.get("colophon"), colophon));
        book.getGuide().addReference(new GuideReference(colophon, GuideReference.COLOPHON, labels.get("colophon")));
        manuscript.stylesheets().forEach((href, css) -> add(book, href, css, MediaTypes.CSS));
        return book;
    }

    /** Adds the cover image and the figures' images to a book from {@link #assembleText}. */
    public void addImages(Book book, PreparedImages images) {
        book.setCoverImage(add(book, BookFiles.COVER_IMAGE, images.cover().data(), MediaTypes.JPG));
        images.figures().forEach((href, image) -> add(book, href, image.data(), MediaTypes.getMediaTypeByName(image.mediaType())));
    }

    /**
     * Adds the navigation document and the NCX, made from the book's table of contents and guide: last, once every
     * other resource is in.
     */
    public void addNavigation(Book book, PageContext page) {
        List<TocEntry> toc = NavDocument.tocEntries(book.getTableOfContents().getTocReferences());
        Resource nav = new Resource(ResourceIds.of(NavDocument.HREF), NavDocument.render(page, toc, NavDocument.landmarks(book)),
                NavDocument.HREF, MediaTypes.XHTML);
        book.getResources().add(nav);
        Resource ncx = new Resource("ncx", NcxDocument.render(page.renderer(), page.metadata(), toc), NcxDocument.HREF, MediaTypes.NCX);
        book.getResources().add(ncx);
        book.setNcxResource(ncx);
        book.getSpine().setTocResource(ncx);
    }

    /** A contents entry for the chapter, with its sections nested under it as its headings nest them. */
    private static TOCReference tocEntry(ManuscriptChapter chapter, Resource resource) {
        TOCReference entry = new TOCReference(chapter.title(), resource);
        addSections(entry, chapter.sections(), resource);
        return entry;
    }

    private static void addSections(TOCReference parent, List<ManuscriptChapter.Section> sections, Resource resource) {
        for (ManuscriptChapter.Section section : sections) {
            TOCReference child = new TOCReference(section.title(), resource, section.anchor());
            parent.addChildSection(child);
            addSections(child, section.children(), resource);
        }
    }

    private static Resource addToSpine(Book book, String href, byte[] xhtml) {
        Resource resource = add(book, href, xhtml, MediaTypes.XHTML);
        book.getSpine().addSpineReference(new SpineReference(resource, true));
        return resource;
    }

    private static Resource add(Book book, String href, byte[] data, MediaType mediaType) {
        Resource resource = new Resource(ResourceIds.of(href), data, href, mediaType);
        book.getResources().add(resource);
        return resource;
    }

    private static void fillMetadata(Metadata target, BookMetadata source) {
        target.addTitle(source.title());
        if (source.subtitle() != null) {
            target.addTitle(source.subtitle());
        }
        target.setLanguage(source.language());
        Identifier identifier = new Identifier(source.identifier().startsWith("urn:uuid:") ? Identifier.Scheme.UUID : "URI", source.identifier());
        target.addIdentifier(identifier);
        target.addDate(new Date(source.date(), Date.Event.PUBLICATION));
        for (Person person : source.creators()) {
            target.addAuthor(author(person));
        }
        for (Person person : source.contributors()) {
            target.addContributor(author(person));
        }
        if (source.publisher() != null) {
            target.addPublisher(source.publisher());
        }
        if (source.description() != null) {
            target.addDescription(source.description());
        }
        target.setSubjects(new java.util.ArrayList<>(source.subjects()));
        if (source.rights() != null) {
            target.setRights(List.of(source.rights()));
        }
    }

    private static Author author(Person person) {
        Author author = new Author(person.name());
        // epublib keeps one role per person; the package document lists all of them
        Relator relator = person.roles().isEmpty() ? Relator.AUTHOR : Relator.byCode(person.roles().get(0));
        author.setRelator(relator == null ? Relator.AUTHOR : relator);
        return author;
    }
}
