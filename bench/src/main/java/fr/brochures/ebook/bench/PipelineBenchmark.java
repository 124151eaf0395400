package fr.brochures.ebook.bench;

import fr.brochures.ebook.BuildOptions;
import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.BookBuilder;
import fr.brochures.ebook.pages.PageRenderer;
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
 * and each stage alone through {@link StagedBuild}, on the brochure and on the ×50 synthetic book. The books are
 * found through EBOOK_BENCH_ROOT (the repository) and EBOOK_BENCH_BOOKS (bench/target/work/books), set by bench/run.sh.
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
    private PageRenderer renderer;
    /** Loaded, parsed, transformed, images prepared, pages rendered, assembled: the input of the later stages. */
    private StagedBuild done;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        project = project(book);
        out = Files.createTempDirectory("ebook-bench-");
        renderer = new PageRenderer();
        done = new StagedBuild(project, out.resolve("stages.epub")).load().parse().transform().prepareImages()
                .renderPages(renderer).assemble();
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

    @Benchmark
    public StagedBuild stage1Load() {
        return new StagedBuild(project, out.resolve("x.epub")).load();
    }

    @Benchmark
    public StagedBuild stage2aReadAndParse() {
        return new StagedBuild(project, out.resolve("x.epub")).load().parse();
    }

    /** Load, parse and transform: subtract stage2aReadAndParse for the transforms alone. */
    @Benchmark
    public StagedBuild stage2bParseAndTransform() {
        return new StagedBuild(project, out.resolve("x.epub")).load().parse().transform();
    }

    @Benchmark
    public StagedBuild stage3PrepareImagesNoCache() {
        return done.prepareImages();
    }

    @Benchmark
    public StagedBuild stage4RenderPages() {
        return done.renderPages(renderer);
    }

    @Benchmark
    public StagedBuild stage5Assemble() throws IOException {
        return done.assemble();
    }

    @Benchmark
    public StagedBuild stage6WriteEpub() throws IOException {
        return done.writeEpub(out.resolve("stage6.epub"));
    }

    /** Assemble again (the conversion changes the book in place), then convert: subtract stage5Assemble. */
    @Benchmark
    public StagedBuild stage7AssembleAndKepub() throws IOException {
        return done.assemble().convertToKepub();
    }
}
