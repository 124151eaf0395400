package fr.brochures.ebook;

import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.render.Outputs;
import fr.brochures.ebook.render.Renderer;
import fr.brochures.ebook.report.BuildFailedException;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.transform.ManuscriptMaker;
import fr.brochures.ebook.write.OutputWriter;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds a book project into all its outputs: load the project, transform its chapters into one read-only manuscript
 * (its images prepared meanwhile), render each output from it ({@link Renderers}), write them all together, report.
 */
public final class BookBuilder {

    /**
     * Velocity's engine, started on another core as soon as the builder exists: it is first needed once the chapters
     * are done, and starting it (class loading, configuration) then overlaps loading the project.
     */
    private final CompletableFuture<PageRenderer> templates = CompletableFuture.supplyAsync(PageRenderer::new);

    /**
     * Runs the whole pipeline; problems are in the result's report, and no file is written when there are errors (nor
     * ever, for options {@link BuildOptions#inMemory in memory}: the outputs are then only in the result). The same
     * builder may build again: its template engine, started once, stays warm for the next build.
     */
    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        BuildReport report = new BuildReport();
        try {
            BookProject project = load(options, report);
            Manuscript manuscript = new ManuscriptMaker(report, options.strict(), options.maxImageEdge()).make(project);
            Outputs outputs = render(manuscript, Renderers.of(options, project, report, this::templates));
            Renderers.checkBooks(options, outputs, manuscript, report);
            report.stopIfFailed(options.strict());
            if (options.write()) {
                new OutputWriter(report).writeAll(outputs.all());
            }
            return BuildResult.of(report, manuscript, outputs, seconds(start));
        } catch (BuildFailedException e) {
            return BuildResult.failed(report, seconds(start));
        }
    }

    private static BookProject load(BuildOptions options, BuildReport report) {
        BookProject project = new ProjectLoader(report).load(options.projectDir());
        report.stopIfFailed(options.strict());
        return project;
    }

    /** Each renderer in turn; each sees the outputs of those before it. */
    private static Outputs render(Manuscript manuscript, List<Renderer> renderers) {
        Outputs outputs = new Outputs();
        renderers.forEach(renderer -> outputs.add(renderer.render(manuscript, outputs)));
        return outputs;
    }

    /** The template engine; what starting it threw is thrown here as it was. */
    private PageRenderer templates() {
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
