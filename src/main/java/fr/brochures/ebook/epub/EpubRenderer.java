package fr.brochures.ebook.epub;

import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.pages.PageContext;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.render.Outputs;
import fr.brochures.ebook.render.Renderer;
import fr.brochures.ebook.write.BuildTimestamp;
import io.documentnode.epub4j.domain.Book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The EPUB 3 of the book, and its {@code .sha256} file: generated pages rendered, the book assembled in epublib's model
 * (text first, images once prepared, navigation last), its package document rendered, then written as a container.
 * One class for every edition ({@link Edition}): the Kobo renderer makes its edition with it.
 */
public final class EpubRenderer implements Renderer {

    /** The kind of the plain EPUB's output. */
    public static final String KIND = "epub";

    private final String kind;
    private final Path target;
    private final BuildTimestamp timestamp;
    private final Supplier<PageRenderer> templates;
    private final Edition edition;

    public EpubRenderer(String kind, Path target, BuildTimestamp timestamp, Supplier<PageRenderer> templates, Edition edition) {
        this.kind = kind;
        this.target = target;
        this.timestamp = timestamp;
        this.templates = templates;
        this.edition = edition;
    }

    /** The plain EPUB at {@code target}. */
    public static EpubRenderer standard(Path target, BuildTimestamp timestamp, Supplier<PageRenderer> templates) {
        return new EpubRenderer(KIND, target, timestamp, templates, Edition.STANDARD);
    }

    /** False: the book is made from the manuscript alone. */
    @Override
    public boolean readsEarlierOutputs() {
        return false;
    }

    @Override
    public Output render(Manuscript manuscript, Outputs earlier) {
        PageContext page = new PageContext(templates.get(), manuscript.metadata(), manuscript.labels(),
                manuscript.pageStylesheets());
        GeneratedPages pages = GeneratedPages.render(page, manuscript).in(edition);
        List<byte[]> chapters = manuscript.chapters().parallelStream().map(edition::chapter).toList();
        BookAssembler assembler = new BookAssembler(manuscript.labels());
        Book book = assembler.assembleText(manuscript, pages, chapters);
        assembler.addImages(book, manuscript.images().await());
        assembler.addNavigation(book, page);
        byte[] epub = container(book, page, AccessibilitySummary.of(manuscript));
        OutputFile file = OutputFile.of(target, epub);
        return new Output(kind, file, List.of(file, file.checksumFile()), Map.of());
    }

    private byte[] container(Book book, PageContext page, String accessibilitySummary) {
        try {
            byte[] containerXml = page.renderer().renderBytes("container.xml.vm",
                    Map.of("packagePath", Epub3Writer.CONTENT_DIR + PackageDocument.HREF));
            byte[] opf = PackageDocument.render(page.renderer(), page.metadata(), timestamp.iso(), PackageDocument.manifestOf(book),
                    accessibilitySummary);
            return new Epub3Writer(timestamp).write(book, containerXml, opf);
        } catch (IOException e) {
            // the book is in memory: epublib declares IOException on data it holds
            throw new UncheckedIOException(e);
        }
    }
}
