package fr.brochures.ebook.assemble;

import fr.brochures.ebook.images.PreparedImage;
import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.model.Headings;
import fr.brochures.ebook.pages.ColophonPage;
import fr.brochures.ebook.pages.CoverPage;
import fr.brochures.ebook.pages.Labels;
import fr.brochures.ebook.pages.TitlePage;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.Person;
import fr.brochures.ebook.xhtml.XhtmlWriter;
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
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;

/** Puts the book together in epublib's model: metadata, resources, spine (reading order), table of contents and guide. */
public final class BookAssembler {

    /** The cover image's file name in the EPUB. */
    public static final String COVER_IMAGE_HREF = "images/cover.jpg";

    private final Labels labels;

    public BookAssembler(Labels labels) {
        this.labels = labels;
    }

    /**
     * The book without its images (see {@link #addImages}), so that the text can be assembled while the images are
     * still being prepared: metadata, spine, table of contents, guide, documents and stylesheets (href → CSS bytes).
     */
    public Book assembleText(BookMetadata metadata, List<Chapter> chapters, GeneratedPages pages, Map<String, byte[]> stylesheets) {
        Book book = new Book();
        fillMetadata(book.getMetadata(), metadata);
        Resource coverPage = add(book, CoverPage.HREF, pages.cover(), MediaTypes.XHTML);
        book.getSpine().addSpineReference(new SpineReference(coverPage, true));
        book.getGuide().addReference(new GuideReference(coverPage, GuideReference.COVER, labels.get("cover")));
        Resource titlePage = addToSpine(book, TitlePage.HREF, pages.titlePage());
        book.getGuide().addReference(new GuideReference(titlePage, GuideReference.TITLE_PAGE, labels.get("titlepage")));
        boolean bodyMarked = false;
        for (Chapter chapter : chapters) {
            Resource resource = addToSpine(book, chapter.href(), XhtmlWriter.toBytes(chapter.document()));
            book.getTableOfContents().addTOCReference(tocEntry(chapter, resource));
            if (!bodyMarked && chapter.part() == fr.brochures.ebook.project.Part.BODY) {
                book.getGuide().addReference(new GuideReference(resource, GuideReference.TEXT, labels.get("bodymatter")));
                bodyMarked = true;
            }
        }
        if (pages.endnotes() != null) {
            Resource endnotes = addToSpine(book, Endnotes.HREF, pages.endnotes());
            book.getTableOfContents().addTOCReference(new TOCReference(labels.get("endnotes"), endnotes));
            book.getGuide().addReference(new GuideReference(endnotes, GuideReference.NOTES, labels.get("endnotes")));
        }
        Resource colophon = addToSpine(book, ColophonPage.HREF, pages.colophon());
        book.getTableOfContents().addTOCReference(new TOCReference(labels.get("colophon"), colophon));
        book.getGuide().addReference(new GuideReference(colophon, GuideReference.COLOPHON, labels.get("colophon")));
        stylesheets.forEach((href, css) -> add(book, href, css, MediaTypes.CSS));
        return book;
    }

    /** Adds the cover image and the figures' images to a book from {@link #assembleText}. */
    public void addImages(Book book, PreparedImage cover, Map<String, PreparedImage> images) {
        book.setCoverImage(add(book, COVER_IMAGE_HREF, cover.data(), MediaTypes.JPG));
        images.forEach((href, image) -> add(book, href, image.data(), MediaTypes.getMediaTypeByName(image.mediaType())));
    }

    /** A contents entry for the chapter, with one sub-entry per h2 that can be linked to. */
    private static TOCReference tocEntry(Chapter chapter, Resource resource) {
        TOCReference entry = new TOCReference(chapter.title(), resource);
        for (Element h2 : chapter.document().select("body h2")) {
            String anchor = anchorOf(h2);
            if (anchor != null) {
                entry.addChildSection(new TOCReference(Headings.plainText(h2), resource, anchor));
            }
        }
        return entry;
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
