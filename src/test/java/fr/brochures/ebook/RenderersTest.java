package fr.brochures.ebook;

import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.model.ManuscriptChapter;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.render.Outputs;
import fr.brochures.ebook.render.Renderer;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.transform.ManuscriptMaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderers read the manuscript and never change it, and write nothing themselves: the build writes their files. */
class RenderersTest {

    @TempDir
    Path dir;

    @Test
    void renderersLeaveTheManuscriptAsItWasAndWriteNothing() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("project"));
        BuildReport report = new BuildReport();
        BookProject loaded = new ProjectLoader(report).load(project);
        Manuscript manuscript = new ManuscriptMaker(report, false, BuildOptions.DEFAULT_MAX_IMAGE_EDGE).make(loaded);
        List<byte[]> before = manuscript.chapters().stream().map(ManuscriptChapter::xhtml).toList();
        BuildOptions options = new BuildOptions(project, dir.resolve("out").resolve("book.epub"), false,
                BuildOptions.DEFAULT_MAX_IMAGE_EDGE, null).withSite(null, null);
        PageRenderer templates = new PageRenderer();
        List<Renderer> renderers = Renderers.of(options, loaded, report, () -> templates);
        assertEquals(List.of("epub", "kepub", "web", "site"), render(manuscript, renderers).all().stream().map(Output::kind).toList());

        Outputs again = render(manuscript, Renderers.of(options, loaded, report, () -> templates));
        for (int i = 0; i < before.size(); i++) {
            assertArrayEquals(before.get(i), manuscript.chapters().get(i).xhtml(), "a renderer changed " + manuscript.chapters().get(i).href());
        }
        OutputFile kepub = again.find("kepub").orElseThrow().main();
        assertFalse(kepub.sha256().equals(again.find("epub").orElseThrow().main().sha256()), "the Kobo edition is its own book");
        assertEquals(render(manuscript, renderers).find("epub").orElseThrow().main().sha256(), again.find("epub").orElseThrow().main().sha256(),
                "the same manuscript renders to the same bytes");
        assertFalse(Files.exists(dir.resolve("out")), "renderers write nothing");
        assertFalse(Files.exists(project.resolve("target")), "renderers write nothing, the site neither");
        assertTrue(report.problems().stream().noneMatch(p -> p.severity() == fr.brochures.ebook.report.Severity.ERROR), report.problems()::toString);
    }

    @Test
    void theTemplatesParsedAheadAreThoseTheRenderersUse() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("project"));
        BuildReport report = new BuildReport();
        BookProject loaded = new ProjectLoader(report).load(project);
        Manuscript manuscript = new ManuscriptMaker(report, false, BuildOptions.DEFAULT_MAX_IMAGE_EDGE).make(loaded);
        BuildOptions options = new BuildOptions(project, dir.resolve("out").resolve("book.epub"), false,
                BuildOptions.DEFAULT_MAX_IMAGE_EDGE, null).withSite(null, null);
        PageRenderer templates = new PageRenderer();
        render(manuscript, Renderers.of(options, loaded, report, () -> templates));

        Set<String> used = new TreeSet<>(templates.parsedTemplates());
        for (String name : templates.parsedTemplates()) {
            // a template's parts, which the engine parses itself
            try (var in = PageRenderer.class.getClassLoader().getResourceAsStream("templates/" + name)) {
                Matcher parsed = Pattern.compile("#parse\\('templates/([^']+)'\\)").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (parsed.find()) {
                    used.add(parsed.group(1));
                }
            }
        }
        assertEquals(used, new TreeSet<>(Renderers.TEMPLATES), "Renderers.TEMPLATES lists every template a build with its site renders, and only those");
    }

    private static Outputs render(Manuscript manuscript, List<Renderer> renderers) {
        Outputs outputs = new Outputs();
        renderers.forEach(renderer -> outputs.add(renderer.render(manuscript, outputs)));
        return outputs;
    }
}
