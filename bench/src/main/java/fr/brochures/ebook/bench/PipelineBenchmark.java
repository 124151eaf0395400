package fr.brochures.ebook.bench;

import fr.brochures.ebook.BuildOptions;
import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.BookBuilder;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.transform.ManuscriptMaker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline in process, JIT warm: the whole {@link BookBuilder#build} (EPUB and Kobo edition, image cache warm),
 * the text-and-images half of it as the build runs it ({@link ManuscriptMaker}), and each stage alone through
 * {@link StagedBuild}, on the brochure and on the ×50 synthetic book. The books are found through EBOOK_BENCH_ROOT (the
 * repository) and EBOOK_BENCH_BOOKS (bench/target/work/books), set by bench/run.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class PipelineBenchmark {

    @Param({"brochure", "x50"})
    public String book;

    private Path project;
    private Path out;
    private PageRenderer templates;
    /** Every stage done once, up to both books rendered in memory: the input of the later stages. */
    private StagedBuild done;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        project = project(book);
        out = Files.createTempDirectory("ebook-bench-");
        templates = new PageRenderer();
        done = new StagedBuild(project, out.resolve("stages.epub")).load().chapterPass().prepareImages().manuscript()
                .renderEpub(templates).renderKepub(templates);
    }

    static Path project(String book) {
        String root = System.getenv().getOrDefault("EBOOK_BENCH_ROOT", ".");
        String books = System.getenv().getOrDefault("EBOOK_BENCH_BOOKS", "bench/target/work/books");
        return book.equals("brochure") ? Path.of(root) : Path.of(books).resolve(book);
    }

    /** The whole build as the CLI runs it (BookBuilder: EPUB, .sha256, Kobo edition). */
    @Benchmark
    public BuildResult wholeBuild() {
        BuildResult result = new BookBuilder().build(BuildOptions.defaults(project, out.resolve("whole.epub")));
        if (!result.written()) {
            throw new IllegalStateException("the build failed: " + result.report().problems());
        }
        return result;
    }

    /**
     * Load and {@link ManuscriptMaker#make} as the build calls them, its images then waited for: stages 1 to 4 as the
     * build overlaps them (images on their own threads while the chapters are finished), the image cache warm after the
     * first call where stage 3 has none.
     */
    @Benchmark
    public Manuscript stages1to4ManuscriptMaker() {
        StagedBuild loaded = new StagedBuild(project, out.resolve("x.epub")).load();
        Manuscript manuscript = new ManuscriptMaker(loaded.report, loaded.options.strict(), loaded.options.maxImageEdge())
                .make(loaded.project);
        manuscript.images().await();
        return manuscript;
    }

    @Benchmark
    public StagedBuild stage1Load() {
        return new StagedBuild(project, out.resolve("x.epub")).load();
    }

    /**
     * Load, then the chapter pass (read, parse, transforms, link check in one pass: the tool has no separate reading
     * stage any more): subtract stage1Load for the chapters alone.
     */
    @Benchmark
    public StagedBuild stage2ChapterPass() {
        return new StagedBuild(project, out.resolve("x.epub")).load().chapterPass();
    }

    @Benchmark
    public StagedBuild stage3PrepareImagesNoCache() {
        return done.prepareImages();
    }

    /** The chapters finished (copied, serialised to XHTML) and the stylesheets read and checked. */
    @Benchmark
    public StagedBuild stage4Manuscript() {
        return done.manuscript();
    }

    /** The EPUB in memory: generated pages, assembly and zip, formerly stages of their own, are one renderer now. */
    @Benchmark
    public StagedBuild stage5RenderEpub() {
        return done.renderEpub(templates);
    }

    /** The Kobo edition in memory: conversion, assembly and zip (one renderer). */
    @Benchmark
    public StagedBuild stage6RenderKepub() {
        return done.renderKepub(templates);
    }

    /** Both books and their .sha256 written to disk. */
    @Benchmark
    public StagedBuild stage7Write() {
        return done.write();
    }
}
