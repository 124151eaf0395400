package fr.brochures.ebook;

import fr.brochures.ebook.epub.EpubRenderer;
import fr.brochures.ebook.epubcheck.PublicationCheck;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.render.Outputs;
import fr.brochures.ebook.kobo.KoboRenderer;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.render.Renderer;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.site.SiteRenderer;
import fr.brochures.ebook.web.WebRenderer;
import fr.brochures.ebook.write.BuildTimestamp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The outputs a build makes, one renderer each, in the order they run (add a renderer here to add an output), and their check. */
final class Renderers {

    /**
     * The templates the renderers use (those of the EPUB, the Kobo edition, the web edition and its pages' parts, the
     * download site), parsed ahead by the builder ({@link PageRenderer#parse}); {@code RenderersTest} keeps the list true.
     */
    static final List<String> TEMPLATES = List.of(
            "container.xml.vm", "package.opf.vm", "nav.xhtml.vm", "toc.ncx.vm", "cover.xhtml.vm", "titlepage.xhtml.vm",
            "colophon.xhtml.vm", "endnotes.xhtml.vm",
            "web/page.html.vm", "web/contents.html.vm", "web/head.html.vm", "web/bar.html.vm", "web/footer.html.vm",
            "site/index.html.vm", "site/catalog.xml.vm");

    private Renderers() {
    }

    static List<Renderer> of(BuildOptions options, BookProject project, BuildReport report, Supplier<PageRenderer> templates) {
        BookMetadata metadata = project.metadata();
        BuildTimestamp timestamp = BuildTimestamp.of(options.sourceDateEpoch(), metadata.modified(), metadata.date());
        Path epub = epubPath(options, project);
        List<Renderer> renderers = new ArrayList<>();
        renderers.add(EpubRenderer.standard(epub, timestamp, templates));
        renderers.add(new KoboRenderer(epub, timestamp, templates));
        if (options.site()) {
            Path siteDir = options.siteDir() != null ? options.siteDir() : SiteRenderer.defaultDir(options.projectDir());
            // before the site: its page links to the web edition
            renderers.add(new WebRenderer(siteDir, templates, report));
            renderers.add(new SiteRenderer(siteDir, options.baseUrl(), timestamp, templates, report));
        }
        return renderers;
    }

    /** EPUBCheck on the EPUB and the Kobo edition ({@code build --check}), before anything is put in place. */
    static void checkBooks(Outputs outputs, Manuscript manuscript, BuildReport report) {
        new PublicationCheck(report).check(outputs.all(), List.of(EpubRenderer.KIND, KoboRenderer.KIND), manuscript);
    }

    /** Where the EPUB goes: as asked, else {@code PROJECT_DIR/target/<title>.epub}. */
    static Path epubPath(BuildOptions options, BookProject project) {
        return options.output() != null ? options.output()
                : options.projectDir().resolve("target").resolve(FileNames.slug(project.metadata().title()) + ".epub");
    }
}
