package fr.brochures.ebook.site;

import fr.brochures.ebook.epub.EpubRenderer;
import fr.brochures.ebook.kobo.KoboRenderer;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.Outputs;
import fr.brochures.ebook.render.Renderer;
import fr.brochures.ebook.report.BuildFailedException;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.web.WebRenderer;
import fr.brochures.ebook.write.BuildTimestamp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The download site, {@code PROJECT_DIR/target/site/} unless told otherwise: the page offering the web edition and the
 * books the renderers before it made (see {@link DownloadSite}). Its address, for the QR code, is the one given, else {@code download-url}.
 */
public final class SiteRenderer implements Renderer {

    /** The kind of the site's output. */
    public static final String KIND = "site";
    /**
     * The facts of the site's output: the address its QR code gives, and what it offers (read/index.html, the books, the
     * catalogue).
     */
    public static final String QR_CODE_URL = "qrCodeUrl";
    public static final String OFFERED = "offered";

    private final Path siteDir;
    private final String baseUrl;
    private final BuildTimestamp timestamp;
    private final Supplier<PageRenderer> templates;
    private final BuildReport report;

    /**
     * The site in {@code siteDir}, published at {@code baseUrl} (null: the book's {@code download-url}, if any), its
     * catalogue dated by the build's {@code timestamp}.
     */
    public SiteRenderer(Path siteDir, String baseUrl, BuildTimestamp timestamp, Supplier<PageRenderer> templates, BuildReport report) {
        this.siteDir = siteDir;
        this.baseUrl = baseUrl;
        this.timestamp = timestamp;
        this.templates = templates;
        this.report = report;
    }

    /** Where the site goes when no folder is given: {@code PROJECT_DIR/target/site}. */
    public static Path defaultDir(Path projectDir) {
        return projectDir.resolve("target").resolve("site");
    }

    @Override
    public Output render(Manuscript manuscript, Outputs earlier) {
        List<DownloadSite.Offered> books = new ArrayList<>();
        earlier.find(EpubRenderer.KIND).ifPresent(o -> books.add(new DownloadSite.Offered(o.kind(), o.main())));
        earlier.find(KoboRenderer.KIND).ifPresent(o -> books.add(new DownloadSite.Offered(o.kind(), o.main())));
        String read = earlier.find(WebRenderer.KIND).map(web -> SiteFiles.relativeHref(siteDir, web.main().path())).orElse(null);
        String address = baseUrl != null ? baseUrl : manuscript.metadata().downloadUrl();
        try {
            DownloadSite.Result site = new DownloadSite(templates.get()).render(manuscript.metadata(), timestamp.instant(),
                    manuscript.images().await().cover(), read, books, siteDir, address == null ? null : BaseUrl.parse(address));
            Map<String, String> facts = new HashMap<>();
            List<String> offered = new ArrayList<>();
            if (read != null) {
                offered.add(read);
            }
            site.downloads().forEach(d -> offered.add(d.fileName()));
            offered.add(SiteFiles.CATALOG);
            facts.put(OFFERED, String.join(", ", offered));
            if (site.qrCodeUrl() != null) {
                facts.put(QR_CODE_URL, site.qrCodeUrl());
            }
            return new Output(KIND, site.files().get(site.files().size() - 1), site.files(), facts);
        } catch (IOException | IllegalArgumentException e) {
            report.error(MessageId.OUT_001, Location.none(), siteDir.resolve(SiteFiles.INDEX), e.getMessage());
            throw new BuildFailedException(report);
        }
    }
}
