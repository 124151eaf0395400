package fr.brochures.ebook;

import fr.brochures.ebook.assemble.BookAssembler;
import fr.brochures.ebook.assemble.GeneratedPages;
import fr.brochures.ebook.images.ImageCacheDir;
import fr.brochures.ebook.images.ImagePreparer;
import fr.brochures.ebook.kobo.KepubConversion;
import fr.brochures.ebook.images.PreparedImage;
import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.model.NoteKind;
import fr.brochures.ebook.pages.ColophonPage;
import fr.brochures.ebook.pages.CoverPage;
import fr.brochures.ebook.pages.EndnotesPage;
import fr.brochures.ebook.pages.Labels;
import fr.brochures.ebook.pages.PageContext;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.pages.TitlePage;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.ChapterFile;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.project.TextFiles;
import fr.brochures.ebook.report.BuildFailedException;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.transform.ActiveContentGuard;
import fr.brochures.ebook.transform.AriaRolesTransform;
import fr.brochures.ebook.transform.ChapterShellTransform;
import fr.brochures.ebook.transform.ChapterTransform;
import fr.brochures.ebook.transform.EndnotesTransform;
import fr.brochures.ebook.transform.FiguresTransform;
import fr.brochures.ebook.transform.IdCheck;
import fr.brochures.ebook.transform.LinkCheck;
import fr.brochures.ebook.transform.QuestionsTransform;
import fr.brochures.ebook.transform.StylesheetCheck;
import fr.brochures.ebook.transform.StructureCheck;
import fr.brochures.ebook.transform.AttributeCheck;
import fr.brochures.ebook.transform.TypographyTransform;
import fr.brochures.ebook.write.BuildTimestamp;
import fr.brochures.ebook.write.Checksums;
import fr.brochures.ebook.write.Epub3Writer;
import fr.brochures.ebook.xhtml.XhtmlReader;
import io.documentnode.epub4j.domain.Book;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds an EPUB 3 from a book project: load, transform chapters, render generated pages, assemble, write. */
public final class EpubBuilder {

    /** The chapter transforms, in the order they run. */
    private static final List<ChapterTransform> TRANSFORMS = List.of(
            new ActiveContentGuard(),
            new IdCheck(),
            new StructureCheck(),
            new AttributeCheck(),
            new TypographyTransform(),
            new EndnotesTransform(),
            new FiguresTransform(),
            new QuestionsTransform(),
            new AriaRolesTransform(),
            new ChapterShellTransform());

    private final PageRenderer renderer = new PageRenderer();

    /** Runs the whole pipeline; problems are in the result's report, and no file is written when there are errors. */
    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        BuildReport report = new BuildReport();
        try {
            BuildContext context = load(options, report);
            Manuscript manuscript = transformChapters(context);
            Map<String, PreparedImage> images = prepareImages(context);
            PageContext page = pageContext(context);
            GeneratedPages pages = renderPages(page, manuscript);
            Book book = assemble(context, manuscript, pages, images);
            write(context, page, book);
            writeKoboEdition(context, page, book);
            return summary(context, manuscript, images, seconds(start));
        } catch (BuildFailedException e) {
            return BuildResult.failed(report, seconds(start));
        }
    }

    private BuildContext load(BuildOptions options, BuildReport report) {
        BookProject project = new ProjectLoader(report).load(options.projectDir());
        stopOnErrors(report, options);
        Labels labels = Labels.forLanguage(project.metadata().language());
        BuildOptions resolved = options.output() != null ? options
                : options.withOutput(options.projectDir().resolve("target").resolve(FileNames.slug(project.metadata().title()) + ".epub"));
        return new BuildContext(project, resolved, report, labels, new Endnotes(), new ImageCatalog());
    }

    private Manuscript transformChapters(BuildContext context) {
        XhtmlReader reader = new XhtmlReader(context.report());
        List<Chapter> chapters = new ArrayList<>();
        for (ChapterFile file : context.project().chapters()) {
            String shown = context.project().display(file.path());
            TextFiles.read(file.path(), shown, context.report())
                    .flatMap(text -> reader.read(text, shown))
                    .ifPresent(document -> chapters.add(new Chapter(file.name(), file.part(), shown, document)));
        }
        for (Chapter chapter : chapters) {
            for (ChapterTransform transform : TRANSFORMS) {
                transform.apply(chapter, context);
            }
        }
        LinkCheck.check(chapters, Set.of(CoverPage.HREF, TitlePage.HREF, Endnotes.HREF, ColophonPage.HREF), context.report());
        stopOnErrors(context.report(), context.options());
        return new Manuscript(context.project(), chapters, context.endnotes(), context.images());
    }

    private Map<String, PreparedImage> prepareImages(BuildContext context) {
        ImagePreparer preparer = new ImagePreparer(context.report(), context.options().maxImageEdge(), ImageCacheDir.get());
        Map<String, PreparedImage> images = new LinkedHashMap<>();
        context.images().embedded().forEach((file, href) -> {
            PreparedImage image = preparer.prepare(file, "book/" + href);
            if (image != null) {
                images.put(href, image);
            }
        });
        PreparedImage cover = preparer.prepareCover(context.project().cover(), ProjectLoader.COVER_FILE);
        if (cover != null) {
            images.put(BookAssembler.COVER_IMAGE_HREF, cover);
        }
        stopOnErrors(context.report(), context.options());
        return images;
    }

    private PageContext pageContext(BuildContext context) {
        List<String> stylesheets = context.project().stylesheets().stream()
                .map(p -> ChapterShellTransform.STYLES_DIR + p.getFileName()).toList();
        return new PageContext(renderer, context.project().metadata(), context.labels(), stylesheets);
    }

    private static GeneratedPages renderPages(PageContext page, Manuscript manuscript) {
        byte[] endnotes = manuscript.endnotes().all().isEmpty() ? null : EndnotesPage.render(page, manuscript.endnotes().all());
        return new GeneratedPages(CoverPage.render(page, BookAssembler.COVER_IMAGE_HREF), TitlePage.render(page), endnotes,
                ColophonPage.render(page));
    }

    private static Book assemble(BuildContext context, Manuscript manuscript, GeneratedPages pages, Map<String, PreparedImage> images) {
        Map<String, PreparedImage> figures = new LinkedHashMap<>(images);
        PreparedImage cover = figures.remove(BookAssembler.COVER_IMAGE_HREF);
        Map<String, byte[]> stylesheets = new LinkedHashMap<>();
        Set<String> names = new java.util.HashSet<>();
        context.project().stylesheets().forEach(css -> names.add(css.getFileName().toString()));
        for (Path css : context.project().stylesheets()) {
            String shown = context.project().display(css);
            TextFiles.read(css, shown, context.report()).ifPresent(text -> {
                StylesheetCheck.check(text, shown, names, context.report());
                stylesheets.put(ChapterShellTransform.STYLES_DIR + css.getFileName(), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            });
        }
        stopOnErrors(context.report(), context.options());
        return new BookAssembler(context.labels()).assemble(context.project().metadata(), manuscript.chapters(), pages,
                cover, figures, stylesheets);
    }

    private static void write(BuildContext context, PageContext page, Book book) {
        var metadata = context.project().metadata();
        BuildTimestamp timestamp = BuildTimestamp.of(context.options().sourceDateEpoch(), metadata.modified(), metadata.date());
        Path output = context.options().output();
        try {
            new Epub3Writer(page, timestamp).write(book, output);
        } catch (IOException e) {
            context.report().error(MessageId.OUT_001, Location.none(), output, fr.brochures.ebook.project.IoProblems.describe(e));
            throw new BuildFailedException(context.report());
        }
    }

    /** The Kobo edition beside the EPUB: Kobo shows pop-up notes and its own reader only for *.kepub.epub files. */
    private static void writeKoboEdition(BuildContext context, PageContext page, Book book) {
        var metadata = context.project().metadata();
        BuildTimestamp timestamp = BuildTimestamp.of(context.options().sourceDateEpoch(), metadata.modified(), metadata.date());
        Path output = kepubPath(context.options().output());
        try {
            new KepubConversion().apply(book);
            new Epub3Writer(page, timestamp).write(book, output);
            Checksums.writeBeside(output);
        } catch (IOException e) {
            context.report().error(MessageId.OUT_001, Location.none(), output, fr.brochures.ebook.project.IoProblems.describe(e));
            throw new BuildFailedException(context.report());
        }
    }

    /** {@code book.epub} → {@code book.kepub.epub}. */
    public static Path kepubPath(Path epub) {
        String name = epub.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".epub") ? name.substring(0, name.length() - 5) : name;
        return epub.resolveSibling(base + ".kepub.epub");
    }

    private static BuildResult summary(BuildContext context, Manuscript manuscript, Map<String, PreparedImage> images, double seconds) {
        Path output = context.options().output();
        long size;
        String sha256;
        try {
            size = Files.size(output);
            sha256 = Checksums.writeBeside(output);
        } catch (IOException e) {
            context.report().error(MessageId.OUT_001, Location.none(), output, fr.brochures.ebook.project.IoProblems.describe(e));
            return BuildResult.failed(context.report(), seconds);
        }
        int figures = manuscript.chapters().stream().mapToInt(c -> c.document().select("figure").size()).sum();
        long saved = images.values().stream().mapToLong(PreparedImage::bytesSaved).sum();
        List<String> awaited = context.images().awaited().stream().map(ImageCatalog.AwaitedPhoto::expectedFile).toList();
        return new BuildResult(context.report(), true, output, manuscript.chapters().size(),
                manuscript.endnotes().count(NoteKind.TRANSLATOR), manuscript.endnotes().count(NoteKind.AUTHOR),
                figures, awaited, saved, size, sha256, seconds);
    }

    private static void stopOnErrors(BuildReport report, BuildOptions options) {
        if (report.fails(options.strict())) {
            throw new BuildFailedException(report);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
