package fr.brochures.ebook;

import fr.brochures.ebook.images.ImageProgress;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.render.Outputs;
import fr.brochures.ebook.render.Renderer;
import fr.brochures.ebook.render.RenderingSchedule;
import fr.brochures.ebook.report.BuildFailedException;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.transform.ManuscriptMaker;
import fr.brochures.ebook.write.OutputWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Builds a book project into all its outputs: load the project, transform its chapters into one read-only manuscript
 * (its images prepared meanwhile), render each output from it ({@link Renderers}), write them all together, report.
 */
public final class BookBuilder {

    /**
     * Velocity's engine, started on another core with the renderers' templates parsed: they are first needed once the
     * chapters are done, and starting the engine (class loading, configuration) and parsing them then overlap reading
     * the command line ({@link #startTemplates}) or loading the project and reading the chapters.
     */
    private final CompletableFuture<PageRenderer> templates = startedTemplates();

    /** The engine started ahead by {@link #startTemplates}, until a builder takes it (package-private for its test). */
    static final AtomicReference<CompletableFuture<PageRenderer>> STARTED_AHEAD = new AtomicReference<>();

    private final ImageProgress imageProgress;

    /**
     * Starts the template engine for the next builder made in this process, on another core, now: the command line
     * calls this as soon as it knows its command builds books, so that the engine starts while picocli reads the rest
     * of it (about 20 ms sooner out of a build of the brochure, BENCHMARKS.md). Calling it again before a builder took
     * the engine does nothing.
     */
    public static void startTemplates() {
        STARTED_AHEAD.compareAndSet(null, newTemplates());
    }

    private static CompletableFuture<PageRenderer> startedTemplates() {
        CompletableFuture<PageRenderer> ahead = STARTED_AHEAD.getAndSet(null);
        return ahead != null ? ahead : newTemplates();
    }

    private static CompletableFuture<PageRenderer> newTemplates() {
        return CompletableFuture.supplyAsync(() -> new PageRenderer().parse(Renderers.TEMPLATES));
    }

    /** A builder that tells nobody how far the images are. */
    public BookBuilder() {
        this(ImageProgress.NONE);
    }

    /** A builder telling {@code imageProgress} how many of the book's images are prepared (a terminal's progress line). */
    public BookBuilder(ImageProgress imageProgress) {
        this.imageProgress = imageProgress;
    }

    /**
     * Runs the whole pipeline; problems are in the result's report, and no file is written when there are errors (nor
     * ever, for options {@link BuildOptions#inMemory in memory}: the outputs are then only in the result). The same
     * builder may build again: its template engine, started once, stays warm for the next build.
     */
    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        BuildReport report = new BuildReport();
        List<BuildResult.Step> steps = new ArrayList<>();
        try {
            BookProject project = timed(BuildResult.LOAD, steps, () -> load(options, report));
            Manuscript manuscript = timed(BuildResult.MANUSCRIPT, steps,
                    () -> new ManuscriptMaker(report, options.strict(), options.maxImageEdge(), imageProgress).make(project));
            Outputs outputs = render(manuscript, Renderers.of(options, project, report, this::templates), steps);
            if (options.check()) {
                timed(BuildResult.CHECK, steps, () -> Renderers.checkBooks(outputs, manuscript, report));
            }
            report.stopIfFailed(options.strict());
            if (options.write()) {
                timed(BuildResult.WRITE, steps, () -> new OutputWriter(report).writeAll(outputs.all()));
            }
            return BuildResult.of(report, manuscript, outputs, steps, seconds(start));
        } catch (BuildFailedException e) {
            return BuildResult.failed(report, steps, seconds(start));
        }
    }

    private static BookProject load(BuildOptions options, BuildReport report) {
        BookProject project = new ProjectLoader(report).load(options.projectDir());
        report.stopIfFailed(options.strict());
        return project;
    }

    /**
     * Each renderer's output, in the renderers' order (those that read no earlier output made side by side: {@link
     * RenderingSchedule}), each step named for its output's kind.
     */
    private static Outputs render(Manuscript manuscript, List<Renderer> renderers, List<BuildResult.Step> steps) {
        Outputs outputs = new Outputs();
        for (RenderingSchedule.Rendered rendered : RenderingSchedule.run(manuscript, renderers)) {
            steps.add(new BuildResult.Step(rendered.output().kind(), rendered.seconds()));
            outputs.add(rendered.output());
        }
        return outputs;
    }

    /** Runs one step and records how long it took, also when it stops the build. */
    private static <T> T timed(String step, List<BuildResult.Step> steps, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            steps.add(new BuildResult.Step(step, seconds(start)));
        }
    }

    private static void timed(String step, List<BuildResult.Step> steps, Runnable work) {
        timed(step, steps, () -> {
            work.run();
            return null;
        });
    }

    /**
     * The template engine, started once by this builder (a library of books renders its own pages with it too); what
     * starting it threw is thrown here as it was.
     */
    PageRenderer templates() {
        try {
            return templates.join();
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

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
