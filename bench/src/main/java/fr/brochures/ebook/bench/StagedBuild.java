package fr.brochures.ebook.bench;

import fr.brochures.ebook.BuildContext;
import fr.brochures.ebook.BuildOptions;
import fr.brochures.ebook.BookBuilder;
import fr.brochures.ebook.epub.BookAssembler;
import fr.brochures.ebook.epub.GeneratedPages;
import fr.brochures.ebook.images.ImagePreparer;
import fr.brochures.ebook.images.PreparedImage;
import fr.brochures.ebook.kobo.KepubConversion;
import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.epub.ColophonPage;
import fr.brochures.ebook.epub.CoverPage;
import fr.brochures.ebook.epub.EndnotesPage;
import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.pages.PageContext;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.epub.TitlePage;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.ChapterFile;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.project.TextFiles;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.checks.ActiveContentGuard;
import fr.brochures.ebook.transform.AriaRolesTransform;
import fr.brochures.ebook.transform.ChapterShellTransform;
import fr.brochures.ebook.transform.ChapterTransform;
import fr.brochures.ebook.transform.EndnotesTransform;
import fr.brochures.ebook.transform.FiguresTransform;
import fr.brochures.ebook.checks.IdCheck;
import fr.brochures.ebook.checks.LinkCheck;
import fr.brochures.ebook.transform.QuestionsTransform;
import fr.brochures.ebook.transform.TypographyTransform;
import fr.brochures.ebook.write.BuildTimestamp;
import fr.brochures.ebook.epub.Epub3Writer;
import fr.brochures.ebook.xhtml.XhtmlReader;
import io.documentnode.epub4j.domain.Book;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages of {@code BookBuilder.build}, one method each, put together from the tool's public classes in the same
 * order and with the same arguments (BookBuilder keeps its stages private). Only for the benchmarks: the figures of
 * the whole build always come from BookBuilder itself. Sequential, as the plainest reference.
 */
public final class StagedBuild {

    /**
     * The chapter transforms in BookBuilder's order: its own private list, read by reflection so that the stages always
     * run what the build runs (a fixed list of the transforms known when this was written if the field is gone).
     */
    static final List<ChapterTransform> TRANSFORMS = builderTransforms();

    @SuppressWarnings("unchecked")
    private static List<ChapterTransform> builderTransforms() {
        try {
            Field field = BookBuilder.class.getDeclaredField("TRANSFORMS");
            field.setAccessible(true);
            return List.copyOf((List<ChapterTransform>) field.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("StagedBuild: BookBuilder.TRANSFORMS not readable (" + e + "); using a fixed list");
            return List.of(new ActiveContentGuard(), new IdCheck(), new TypographyTransform(), new EndnotesTransform(),
                    new FiguresTransform(), new QuestionsTransform(), new AriaRolesTransform(), new ChapterShellTransform());
        }
    }

    final Path projectDir;
    final Path output;
    BuildReport report;
    BuildContext context;
    List<Chapter> chapters;
    Map<String, PreparedImage> images;
    PageContext page;
    GeneratedPages pages;
    Book book;

    StagedBuild(Path projectDir, Path output) {
        this.projectDir = projectDir;
        this.output = output;
    }

    /** Stage 1: book.yaml, the reading order, the stylesheets and the cover's place. */
    StagedBuild load() {
        report = new BuildReport();
        BookProject project = new ProjectLoader(report).load(projectDir);
        Labels labels = Labels.forLanguage(project.metadata().language());
        context = new BuildContext(project, BuildOptions.defaults(projectDir, output), report, labels, new Endnotes(), new ImageCatalog());
        return this;
    }

    /** Stage 2a: every chapter read as strict UTF-8, checked by the SAX pass and parsed by Jsoup. */
    StagedBuild parse() {
        XhtmlReader reader = new XhtmlReader(report);
        chapters = new ArrayList<>();
        for (ChapterFile file : context.project().chapters()) {
            String shown = context.project().display(file.path());
            TextFiles.read(file.path(), shown, report).flatMap(text -> reader.read(text, shown))
                    .ifPresent(document -> chapters.add(new Chapter(file.name(), file.part(), shown, document)));
        }
        return this;
    }

    /** Stage 2b: the transforms, chapter by chapter, then the link check. Needs fresh notes and images: after load(). */
    StagedBuild transform() {
        for (Chapter chapter : chapters) {
            for (ChapterTransform transform : TRANSFORMS) {
                transform.apply(chapter, context);
            }
        }
        LinkCheck.check(chapters, Set.of(CoverPage.HREF, TitlePage.HREF, Endnotes.HREF, ColophonPage.HREF), report);
        return this;
    }

    /** Stage 3: the images the chapters use and the cover, without the image cache. */
    StagedBuild prepareImages() {
        ImagePreparer preparer = new ImagePreparer(report, context.options().maxImageEdge());
        images = new LinkedHashMap<>();
        context.images().embedded().forEach((file, href) -> {
            PreparedImage image = preparer.prepare(file, "book/" + href);
            if (image != null) {
                images.put(href, image);
            }
        });
        PreparedImage cover = preparer.prepare(context.project().cover(), ProjectLoader.COVER_FILE);
        if (cover != null) {
            images.put(BookAssembler.COVER_IMAGE_HREF, cover);
        }
        return this;
    }

    /** Stage 4: the generated pages (cover, title page, notes, colophon) from the Velocity templates. */
    StagedBuild renderPages(PageRenderer renderer) {
        List<String> stylesheets = context.project().stylesheets().stream()
                .map(p -> ChapterShellTransform.STYLES_DIR + p.getFileName()).toList();
        page = new PageContext(renderer, context.project().metadata(), context.labels(), stylesheets);
        List<fr.brochures.ebook.model.Note> notes = context.endnotes().all();
        pages = new GeneratedPages(CoverPage.render(page, BookAssembler.COVER_IMAGE_HREF), TitlePage.render(page),
                notes.isEmpty() ? null : EndnotesPage.render(page, notes), ColophonPage.render(page));
        return this;
    }

    /** Stage 5: the epublib book (each chapter serialised to XHTML bytes here). */
    StagedBuild assemble() throws IOException {
        Map<String, PreparedImage> figures = new LinkedHashMap<>(images);
        PreparedImage cover = figures.remove(BookAssembler.COVER_IMAGE_HREF);
        Map<String, byte[]> stylesheets = new LinkedHashMap<>();
        for (Path css : context.project().stylesheets()) {
            stylesheets.put(ChapterShellTransform.STYLES_DIR + css.getFileName(), Files.readString(css).getBytes(StandardCharsets.UTF_8));
        }
        BookAssembler assembler = new BookAssembler(context.labels());
        book = assembler.assembleText(context.project().metadata(), chapters, pages, stylesheets);
        assembler.addImages(book, cover, figures);
        return this;
    }

    /** Stage 6: the EPUB container (navigation document, NCX, package document, zip). */
    StagedBuild writeEpub(Path target) throws IOException {
        var metadata = context.project().metadata();
        new Epub3Writer(page, BuildTimestamp.of(null, metadata.modified(), metadata.date())).write(book, target);
        return this;
    }

    /** Stage 7: the Kobo edition's conversion of the assembled book (in place). */
    StagedBuild convertToKepub() throws IOException {
        KepubConversion.convertAll(KepubConversion.documents(book)).forEach(io.documentnode.epub4j.domain.Resource::setData);
        return this;
    }
}
