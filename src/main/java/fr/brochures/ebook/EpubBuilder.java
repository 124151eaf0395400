package fr.brochures.ebook;

import fr.brochures.ebook.assemble.BookAssembler;
import fr.brochures.ebook.assemble.GeneratedPages;
import fr.brochures.ebook.images.ImageBatch;
import fr.brochures.ebook.images.ImageCacheDir;
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
import io.documentnode.epub4j.domain.Resource;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

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

    /**
     * The transforms that must see the chapters one after the other in reading order, because they share the build's
     * notes or image catalogue; the transforms listed before the first of them run on all cores, so a transform that
     * shares anything between chapters goes after it, or in this set.
     */
    private static final Set<Class<? extends ChapterTransform>> IN_READING_ORDER = Set.of(EndnotesTransform.class, FiguresTransform.class);

    /**
     * Velocity's engine, started on another core as soon as the builder exists: it is first needed once the chapters
     * are done, and starting it (class loading, configuration) then overlaps loading the project.
     */
    private final CompletableFuture<PageRenderer> renderer = CompletableFuture.supplyAsync(PageRenderer::new);

    /** Runs the whole pipeline; problems are in the result's report, and no file is written when there are errors. */
    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        BuildReport report = new BuildReport();
        try {
            BuildContext context = load(options, report);
            Manuscript manuscript = transformChapters(context);
            ImageBatch images = startPreparingImages(context);
            PageContext page = pageContext(context);
            GeneratedPages pages = renderPages(page, manuscript);
            Book book = assembleText(context, manuscript, pages);
            CompletableFuture<Map<Resource, byte[]>> kobo = convertForKobo(book);
            Map<String, PreparedImage> prepared = addImages(context, book, images);
            CompletableFuture<String> sha256 = write(context, page, book);
            writeKoboEdition(context, page, book, kobo);
            return summary(context, manuscript, prepared, joined(context, context.options().output(), sha256), seconds(start));
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

    /**
     * Reads, parses and transforms the chapters. Reading, parsing and the transforms before the first one that needs the
     * reading order run on all cores, chapter by chapter; from that transform on, the chapters go one after the other in
     * reading order (EndnotesTransform numbers the notes across the book, FiguresTransform registers images in order of
     * first use). Each chapter keeps its problems in reports of its own, added to the build's report in the order of a
     * sequential build (every chapter's reading problems, then every chapter's transform problems): the output never
     * depends on the threads.
     */
    private Manuscript transformChapters(BuildContext context) {
        List<ChapterFile> files = context.project().chapters();
        int parallelTransforms = transformsBeforeReadingOrder();
        List<ChapterWork> work = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> readAndTransform(files.get(i), context, parallelTransforms)).toList();
        work.forEach(w -> context.report().addAll(w.readReport));
        List<Chapter> chapters = new ArrayList<>();
        for (ChapterWork w : work) {
            if (w.chapter == null) {
                continue;
            }
            BuildContext own = withReport(context, w.transformReport);
            for (ChapterTransform transform : TRANSFORMS.subList(parallelTransforms, TRANSFORMS.size())) {
                transform.apply(w.chapter, own);
            }
            context.report().addAll(w.transformReport);
            chapters.add(w.chapter);
        }
        // links into generated pages, and into chapters already reported as unreadable, are not checked (again)
        Set<String> unchecked = new java.util.HashSet<>(Set.of(CoverPage.HREF, TitlePage.HREF, Endnotes.HREF, ColophonPage.HREF));
        context.project().chapters().stream().map(ChapterFile::name)
                .filter(name -> chapters.stream().noneMatch(c -> c.href().equals(name)))
                .forEach(unchecked::add);
        LinkCheck.check(chapters, unchecked, context.report());
        stopOnErrors(context.report(), context.options());
        return new Manuscript(context.project(), chapters, context.endnotes(), context.images());
    }

    /** One chapter on its way: its tree (null when unreadable) and its problems. */
    private record ChapterWork(Chapter chapter, BuildReport readReport, BuildReport transformReport) {
    }

    private static ChapterWork readAndTransform(ChapterFile file, BuildContext context, int transforms) {
        BuildReport readReport = new BuildReport();
        BuildReport transformReport = new BuildReport();
        String shown = context.project().display(file.path());
        Chapter chapter = TextFiles.read(file.path(), shown, readReport)
                .flatMap(text -> new XhtmlReader(readReport).read(text, shown))
                .map(document -> new Chapter(file.name(), file.part(), shown, document))
                .orElse(null);
        if (chapter != null) {
            BuildContext own = withReport(context, transformReport);
            for (ChapterTransform transform : TRANSFORMS.subList(0, transforms)) {
                transform.apply(chapter, own);
            }
        }
        return new ChapterWork(chapter, readReport, transformReport);
    }

    /** How many transforms, from the first, only read and change their own chapter (and may run in parallel). */
    private static int transformsBeforeReadingOrder() {
        for (int i = 0; i < TRANSFORMS.size(); i++) {
            if (IN_READING_ORDER.contains(TRANSFORMS.get(i).getClass())) {
                return i;
            }
        }
        return TRANSFORMS.size();
    }

    private static BuildContext withReport(BuildContext context, BuildReport report) {
        return new BuildContext(context.project(), context.options(), report, context.labels(), context.endnotes(), context.images());
    }

    /** Starts preparing the images, in order of first use and the cover last, on threads of their own (ImageBatch). */
    private static ImageBatch startPreparingImages(BuildContext context) {
        List<ImageBatch.Source> figures = context.images().embedded().entrySet().stream()
                .map(e -> new ImageBatch.Source(e.getKey(), "book/" + e.getValue())).toList();
        return ImageBatch.start(figures, new ImageBatch.Source(context.project().cover(), ProjectLoader.COVER_FILE),
                context.options().maxImageEdge(), ImageCacheDir.get());
    }

    /**
     * Waits for the images and adds them to the book, their problems to the build's report (in order of first use, the
     * cover's last). Returns them, href → image, in that order.
     */
    private static Map<String, PreparedImage> addImages(BuildContext context, Book book, ImageBatch batch) {
        ImageBatch.Result prepared = batch.await();
        prepared.reports().forEach(context.report()::addAll);
        stopOnErrors(context.report(), context.options());
        List<String> hrefs = new ArrayList<>(context.images().embedded().values());
        Map<String, PreparedImage> figures = new LinkedHashMap<>();
        for (int i = 0; i < hrefs.size(); i++) {
            if (prepared.figures().get(i) != null) {
                figures.put(hrefs.get(i), prepared.figures().get(i));
            }
        }
        new BookAssembler(context.labels()).addImages(book, prepared.cover(), figures);
        Map<String, PreparedImage> images = new LinkedHashMap<>(figures);
        images.put(BookAssembler.COVER_IMAGE_HREF, prepared.cover());
        return images;
    }

    private PageRenderer renderer() {
        return joined(renderer);
    }

    /** The future's result; what it threw is thrown here as it was (a BuildFailedException stays one). */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private PageContext pageContext(BuildContext context) {
        List<String> stylesheets = context.project().stylesheets().stream()
                .map(p -> ChapterShellTransform.STYLES_DIR + p.getFileName()).toList();
        return new PageContext(renderer(), context.project().metadata(), context.labels(), stylesheets);
    }

    private static GeneratedPages renderPages(PageContext page, Manuscript manuscript) {
        byte[] endnotes = manuscript.endnotes().all().isEmpty() ? null : EndnotesPage.render(page, manuscript.endnotes().all());
        return new GeneratedPages(CoverPage.render(page, BookAssembler.COVER_IMAGE_HREF), TitlePage.render(page), endnotes,
                ColophonPage.render(page));
    }

    /** The book without its images, which may still be in preparation. */
    private static Book assembleText(BuildContext context, Manuscript manuscript, GeneratedPages pages) {
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
        return new BookAssembler(context.labels()).assembleText(context.project().metadata(), manuscript.chapters(), pages, stylesheets);
    }

    /**
     * Writes the EPUB, then its .sha256 on another core while the Kobo edition is made: SHA-256 is slow under the
     * launcher's C1-only JIT (7 ms a megabyte), and a book with photographs weighs megabytes. Returns the SHA-256.
     */
    private static CompletableFuture<String> write(BuildContext context, PageContext page, Book book) {
        Path output = context.options().output();
        writeZip(context, page, book, output);
        return onAnotherCore(() -> Checksums.writeBeside(output));
    }

    /**
     * The Kobo edition's documents, converted on another core while the EPUB is written from the same documents (the
     * conversion only reads them; they are replaced once the EPUB is written).
     */
    private static CompletableFuture<Map<Resource, byte[]>> convertForKobo(Book book) {
        List<Resource> documents = KepubConversion.documents(book);
        return onAnotherCore(() -> KepubConversion.convertAll(documents));
    }

    /** Work that reads or writes files, for {@link #onAnotherCore}. */
    @FunctionalInterface
    private interface IoWork<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} on another core; its IOException comes back from {@link #joined(BuildContext, Path, CompletableFuture)}. */
    private static <T> CompletableFuture<T> onAnotherCore(IoWork<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The result of work on another core; an IOException it met is reported, on the build's thread, as {@code output} not written. */
    private static <T> T joined(BuildContext context, Path output, CompletableFuture<T> future) {
        try {
            return joined(future);
        } catch (UncheckedIOException e) {
            throw failWriting(context, output, e.getCause());
        }
    }

    /** The Kobo edition beside the EPUB: Kobo shows pop-up notes and its own reader only for *.kepub.epub files. */
    private static void writeKoboEdition(BuildContext context, PageContext page, Book book, CompletableFuture<Map<Resource, byte[]>> kobo) {
        Path output = kepubPath(context.options().output());
        joined(context, output, kobo).forEach(Resource::setData);
        writeZip(context, page, book, output);
        writeChecksum(context, output);
    }

    /** Writes one EPUB file atomically. */
    private static void writeZip(BuildContext context, PageContext page, Book book, Path output) {
        var metadata = context.project().metadata();
        BuildTimestamp timestamp = BuildTimestamp.of(context.options().sourceDateEpoch(), metadata.modified(), metadata.date());
        try {
            new Epub3Writer(page, timestamp).write(book, output);
        } catch (IOException e) {
            throw failWriting(context, output, e);
        }
    }

    /** Writes the .sha256 file beside a written file; returns the SHA-256. */
    private static String writeChecksum(BuildContext context, Path output) {
        try {
            return Checksums.writeBeside(output);
        } catch (IOException e) {
            throw failWriting(context, output, e);
        }
    }

    private static BuildFailedException failWriting(BuildContext context, Path output, IOException e) {
        context.report().error(MessageId.OUT_001, Location.none(), output, fr.brochures.ebook.project.IoProblems.describe(e));
        throw new BuildFailedException(context.report());
    }

    /** {@code book.epub} → {@code book.kepub.epub}. */
    public static Path kepubPath(Path epub) {
        String name = epub.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".epub") ? name.substring(0, name.length() - 5) : name;
        return epub.resolveSibling(base + ".kepub.epub");
    }

    private static BuildResult summary(BuildContext context, Manuscript manuscript, Map<String, PreparedImage> images,
                                       String sha256, double seconds) {
        Path output = context.options().output();
        long size;
        try {
            size = Files.size(output);
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
