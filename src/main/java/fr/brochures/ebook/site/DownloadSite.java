package fr.brochures.ebook.site;

import fr.brochures.ebook.EpubBuilder;
import fr.brochures.ebook.pages.Credit;
import fr.brochures.ebook.pages.DisplayDates;
import fr.brochures.ebook.pages.Labels;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.project.Source;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.typography.TypographyRules;
import fr.brochures.ebook.write.AtomicFile;
import fr.brochures.ebook.write.Checksums;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the download page of a built book into a folder: {@code index.html}, the web cover, the EPUB and the Kobo
 * edition (each only when it exists) with their {@code .sha256} files, and the QR code of the EPUB's address when the
 * site's address is known. Links are relative, so the folder can be published anywhere as it is.
 *
 * <p>Every file is written through a temporary file and moved into place, the page last: a reader never gets half a
 * file, nor a page linking to a file not yet there. Files of the folder the site does not write are left alone.
 */
public final class DownloadSite {

    /** The page is in French: its guide speaks of French menus and services. */
    public static final String PAGE_LANGUAGE = "fr";

    private static final String TEMPLATE = "site/index.html.vm";
    /** Pixels per QR module: whole pixels keep every module the same size on screen (and sharp when printed). */
    static final int QR_PIXELS_PER_MODULE = 5;

    private final PageRenderer renderer;

    public DownloadSite() {
        this(new PageRenderer());
    }

    public DownloadSite(PageRenderer renderer) {
        this.renderer = renderer;
    }

    /** What was written. */
    public record Result(Path index, List<Download> downloads, boolean cover, String qrCodeUrl) {
    }

    /**
     * Writes the site for the book project at {@code projectDir}, whose EPUB was built at {@code epub} (the Kobo
     * edition, when there is one, is beside it). The site's address is {@code baseUrl} when not null, else
     * {@code download-url} in book.yaml when set; with an address, the page shows the QR code of the EPUB's.
     *
     * @throws IllegalArgumentException when the address is not a web folder's address
     */
    public Result write(Path projectDir, Path epub, Path siteDir, String baseUrl) throws IOException {
        BookProject project = new ProjectLoader(new BuildReport()).load(projectDir);
        if (project == null) {
            throw new IOException("cannot read " + projectDir.resolve(ProjectLoader.METADATA_FILE));
        }
        String address = baseUrl != null ? baseUrl : project.metadata().downloadUrl();
        return write(project.metadata(), project.cover(), epub, siteDir, address == null ? null : BaseUrl.parse(address));
    }

    /** Writes the site for a book with this metadata and cover (which may be missing) and this EPUB. */
    public Result write(BookMetadata metadata, Path cover, Path epub, Path siteDir, BaseUrl baseUrl) throws IOException {
        Files.createDirectories(siteDir);
        List<Download> downloads = new ArrayList<>();
        addDownload(downloads, "epub", epub, siteDir, baseUrl);
        addDownload(downloads, "kepub", EpubBuilder.kepubPath(epub), siteDir, baseUrl);

        WebCover.Image webCover = cover != null && Files.isRegularFile(cover) ? WebCover.of(cover) : null;
        if (webCover != null) {
            AtomicFile.write(siteDir.resolve(SiteFiles.COVER), out -> out.write(webCover.jpeg()));
        }

        QrCode qr = null;
        Download epubDownload = downloads.stream().filter(d -> d.kind().equals("epub")).findFirst().orElse(null);
        if (epubDownload != null && epubDownload.url() != null) {
            qr = QrCode.of(epubDownload.url());
            byte[] svg = qr.toSvg(QR_PIXELS_PER_MODULE).getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(siteDir.resolve(SiteFiles.QR_CODE), out -> out.write(svg));
        } else {
            Files.deleteIfExists(siteDir.resolve(SiteFiles.QR_CODE));
        }

        byte[] page = renderer.renderBytes(TEMPLATE, model(metadata, downloads, webCover, qr));
        Path index = siteDir.resolve(SiteFiles.INDEX);
        AtomicFile.write(index, out -> out.write(page));
        return new Result(index, List.copyOf(downloads), webCover != null, qr == null ? null : qr.text());
    }

    /** Copies {@code file} (when it exists) and a fresh checksum file into the site. */
    private static void addDownload(List<Download> downloads, String kind, Path file, Path siteDir, BaseUrl baseUrl) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        String name = file.getFileName().toString();
        Path copy = siteDir.resolve(name);
        if (!(Files.exists(copy) && Files.isSameFile(file, copy))) {
            AtomicFile.write(copy, out -> Files.copy(file, out));
        }
        String sha256 = Checksums.sha256(copy);
        byte[] line = (sha256 + "  " + name + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(siteDir.resolve(name + ".sha256"), out -> out.write(line));
        downloads.add(new Download(kind, name, Files.size(copy), sha256, baseUrl == null ? null : baseUrl.resolve(name)));
    }

    private static Map<String, Object> model(BookMetadata metadata, List<Download> downloads, WebCover.Image cover, QrCode qr) {
        Labels labels = Labels.forLanguage(PAGE_LANGUAGE);
        TypographyRules typography = TypographyRules.forLanguage(metadata.language());
        Map<String, Object> model = new HashMap<>();
        put(model, "pageLanguage", PAGE_LANGUAGE);
        put(model, "language", metadata.language());
        put(model, "title", typography.apply(metadata.title()));
        put(model, "subtitle", typography.apply(metadata.subtitle()));
        put(model, "description", typography.apply(metadata.description()));
        put(model, "credits", Credit.of(metadata.creators(), labels));
        put(model, "authors", Credit.of(metadata.contributors(), labels));
        put(model, "sources", metadata.sources().stream().map(s -> SourceLine.of(s, typography)).toList());
        put(model, "publisher", typography.apply(metadata.publisher()));
        put(model, "date", DisplayDates.of(metadata.date(), PAGE_LANGUAGE));
        put(model, "rights", typography.apply(metadata.rights()));
        put(model, "noRights", labels.get("colophon.norights"));
        put(model, "downloads", downloads);
        put(model, "epub", downloads.stream().filter(d -> !d.kobo()).findFirst().orElse(null));
        put(model, "kepub", downloads.stream().filter(Download::kobo).findFirst().orElse(null));
        put(model, "cover", cover == null ? null : SiteFiles.href(SiteFiles.COVER));
        put(model, "coverWidth", cover == null ? 0 : cover.width());
        put(model, "coverHeight", cover == null ? 0 : cover.height());
        put(model, "qrCode", qr == null ? null : SiteFiles.href(SiteFiles.QR_CODE));
        put(model, "qrCodeUrl", qr == null ? null : qr.text());
        put(model, "qrCodeSize", qr == null ? 0 : qr.size() * QR_PIXELS_PER_MODULE);
        return model;
    }

    /** Absent values become empty text, which {@code #if} reads as false (the renderer is strict about references). */
    private static void put(Map<String, Object> model, String key, Object value) {
        model.put(key, value == null ? "" : value);
    }

    /** An original text as the page lists it, with its date written out; only a web address becomes a link. */
    public record SourceLine(String title, String publisher, String date, String url, boolean link) {
        static SourceLine of(Source source, TypographyRules typography) {
            String url = source.url();
            boolean web = url != null && url.matches("(?i)https?://\\S+");
            String date = DisplayDates.of(source.date(), PAGE_LANGUAGE);
            // "6 janvier 2022": the day stays with its month at the end of a line
            return new SourceLine(typography.apply(source.title()), typography.apply(source.publisher()),
                    date == null ? null : date.replaceFirst("^(\\d+) ", "$1\u00A0"), url, web);
        }
    }
}
