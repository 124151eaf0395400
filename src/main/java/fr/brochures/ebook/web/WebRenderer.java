package fr.brochures.ebook.web;

import fr.brochures.ebook.epub.GeneratedPages;
import fr.brochures.ebook.images.ImageCacheDir;
import fr.brochures.ebook.images.ScaledCopies;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.pages.PageContext;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.render.Outputs;
import fr.brochures.ebook.render.Renderer;
import fr.brochures.ebook.report.BuildFailedException;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The web edition, in the download site's {@value #FOLDER}/ folder: the contents page ({@value ReadingOrder#CONTENTS})
 * and one HTML page per page of the EPUB ({@link ReadingOrder}), made from the same manuscript and the same generated
 * pages, read as HTML ({@link HtmlDocuments}) with links to the web pages ({@link PageLinks}), named note links
 * ({@link NoteLinkNames}) and images for every screen ({@link WebImages}, {@link ResponsiveImages}); the book's
 * stylesheets made for HTML ({@link HtmlAttributeSelectors}) after the builder's screen stylesheet, and a small script
 * for pop-up notes and night mode. Static files only: they work from any web server, a USB stick or a {@code file://}
 * folder, and load nothing from elsewhere.
 */
public final class WebRenderer implements Renderer {

    /** The kind of the web edition's output. */
    public static final String KIND = "web";
    /** The web edition's folder inside the site. */
    public static final String FOLDER = "read";
    /** The builder's stylesheet for screens, before the book's own. */
    static final String STYLESHEET = "reader.css";
    /** The script of the pop-up notes and night mode; every page works without it. */
    static final String SCRIPT = "reader.js";
    /** The download page, from the web edition's folder. */
    static final String DOWNLOAD_PAGE = "../index.html";

    private final Path dir;
    private final Supplier<PageRenderer> templates;
    private final BuildReport report;
    private final ScaledCopies copies;

    /** The web edition of the site in {@code siteDir}, its smaller images kept in the user's image cache. */
    public WebRenderer(Path siteDir, Supplier<PageRenderer> templates, BuildReport report) {
        this(siteDir, templates, report, ImageCacheDir.get());
    }

    /** The same, the smaller images kept in {@code cacheDir} (null: made every time). */
    public WebRenderer(Path siteDir, Supplier<PageRenderer> templates, BuildReport report, Path cacheDir) {
        this.dir = siteDir.resolve(FOLDER);
        this.templates = templates;
        this.report = report;
        this.copies = new ScaledCopies(cacheDir);
    }

    /** False: the web edition is made from the manuscript and its generated pages, not from the EPUB. */
    @Override
    public boolean readsEarlierOutputs() {
        return false;
    }

    @Override
    public Output render(Manuscript manuscript, Outputs earlier) {
        // the generated pages link the builder's stylesheet (and the book's generated.css), as in the EPUB: no book
        // stylesheet can blank them (Standard Ebooks' se.css hides a title page's text)
        List<String> stylesheets = manuscript.pageStylesheets();
        PageRenderer renderer = templates.get();
        GeneratedPages generated = GeneratedPages.render(new PageContext(renderer, manuscript.metadata(), manuscript.labels(),
                stylesheets), manuscript);
        ReadingOrder order = ReadingOrder.of(manuscript, generated);
        WebImages images = images(manuscript);
        PageLinks links = new PageLinks(order.names());
        NoteLinkNames noteNames = new NoteLinkNames(manuscript.labels());
        ResponsiveImages responsive = new ResponsiveImages(images);
        List<Document> documents = order.pages().parallelStream().map(page -> {
            Document document = HtmlDocuments.parse(page.xhtml());
            links.apply(document.body());
            noteNames.apply(document.body());
            responsive.apply(document.body());
            return document;
        }).toList();
        NotePopups popups = new NotePopups(order.pages().stream().filter(p -> p.epubHref().equals(manuscript.notesHref())).findFirst()
                .map(p -> documents.get(order.pages().indexOf(p))).orElse(null));

        ReaderPages pages = new ReaderPages(renderer, manuscript.metadata(), manuscript.labels(), stylesheets);
        List<OutputFile> files = new ArrayList<>();
        files.add(file(STYLESHEET, resource(STYLESHEET)));
        files.add(file(SCRIPT, resource(SCRIPT)));
        manuscript.stylesheets().forEach((href, css) -> files.add(file(href,
                HtmlAttributeSelectors.apply(new String(css, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8))));
        images.files().forEach((href, bytes) -> files.add(file(href, bytes)));
        for (int i = 0; i < order.pages().size(); i++) {
            ReadingOrder.Page page = order.pages().get(i);
            Document document = documents.get(i);
            files.add(file(page.href(), pages.page(page, document, order.previous(i), order.next(i), popups.of(document.body()))));
        }
        OutputFile contents = file(ReadingOrder.CONTENTS, pages.contents(order));
        files.add(contents);
        return new Output(KIND, contents, files, Map.of());
    }

    /** The web edition's images; a prepared image that cannot be scaled stops the build, naming its copy. */
    private WebImages images(Manuscript manuscript) {
        try {
            return WebImages.of(manuscript.images().await(), copies);
        } catch (IOException e) {
            report.error(MessageId.OUT_001, Location.none(), dir.resolve("images"), e.getMessage());
            throw new BuildFailedException(report);
        }
    }

    private OutputFile file(String href, byte[] bytes) {
        return OutputFile.of(dir.resolve(href), bytes);
    }

    /** A static file of the web edition, shipped in the builder's jar beside the templates. */
    private static byte[] resource(String name) {
        try (InputStream in = WebRenderer.class.getResourceAsStream("/templates/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the builder's jar lacks templates/web/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
