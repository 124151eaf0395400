package fr.brochures.ebook.site;

import fr.brochures.ebook.images.PreparedImage;
import fr.brochures.ebook.images.ScaledCopy;
import fr.brochures.ebook.pages.Credit;
import fr.brochures.ebook.pages.DisplayDates;
import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.Source;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.write.BuildTimestamp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes the download page of a book: {@code index.html}, the web cover and its thumbnail, copies of the EPUB and the
 * Kobo edition with their {@code .sha256} files, the OPDS catalogue of the book ({@code catalog.xml}, see
 * {@link Catalog}), and the QR code of the EPUB's address when the site's address is known. Links are relative, so the
 * folder can be published anywhere as it is. The files are written with the book's other outputs, the page last; files
 * of the folder the site does not make are left alone.
 */
public final class DownloadSite {

    /**
     * The web cover's width in pixels (never enlarged): sharp on a phone's screen (two or three device pixels per CSS
     * pixel).
     */
    public static final int COVER_WIDTH = 600;
    /**
     * The thumbnail's width in pixels: catalogue apps and a library's index page show covers about 100 to 120 CSS pixels
     * wide in their lists, sharp at this width on a screen of two device pixels per CSS pixel.
     */
    public static final int THUMBNAIL_WIDTH = 240;

    private static final String TEMPLATE = "site/index.html.vm";
    /** Pixels per QR module: whole pixels keep every module the same size on screen (and sharp when printed). */
    static final int QR_PIXELS_PER_MODULE = 5;

    /** The last cover's copies made (one: a process nearly always builds one book), for {@link #coverCopies}. */
    private static final AtomicReference<CoverCopies> LAST_COVER = new AtomicReference<>();

    private final PageRenderer renderer;

    public DownloadSite(PageRenderer renderer) {
        this.renderer = renderer;
    }

    /** A book the page offers: its kind ({@code epub} or {@code kepub}) and its file as built. */
    public record Offered(String kind, OutputFile file) {
    }

    /** What the site is made of, in writing order (the page last), and what it shows. */
    public record Result(List<OutputFile> files, List<Download> downloads, boolean cover, String qrCodeUrl) {
    }

    /**
     * The same site without a web edition to read online, its catalogue dated as the build dates the book
     * ({@code modified}, else {@code date}).
     */
    public Result render(BookMetadata metadata, PreparedImage cover, List<Offered> books, Path siteDir, BaseUrl baseUrl) throws IOException {
        Instant updated = BuildTimestamp.of(null, metadata.modified(), metadata.date()).instant();
        return render(metadata, updated, cover, null, books, siteDir, baseUrl);
    }

    /**
     * The site for a book with this metadata (typeset as the book is: see the manuscript's metadata), last changed at
     * {@code updated} (the build's time stamp), and prepared cover (upright, without metadata; null for none), offering
     * to read it online at {@code readHref} (its web edition's first page, relative to the site; null for none), then
     * {@code books}, in {@code siteDir}; with the site's address {@code baseUrl} (may be null), the page shows the QR
     * code of the EPUB's. The web cover is a JPEG copy of the prepared cover, {@value #COVER_WIDTH} pixels wide, its
     * thumbnail {@value #THUMBNAIL_WIDTH}.
     */
    public Result render(BookMetadata metadata, Instant updated, PreparedImage cover, String readHref, List<Offered> books,
                         Path siteDir, BaseUrl baseUrl) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        List<Download> downloads = new ArrayList<>();
        for (Offered book : books) {
            downloads.add(offer(book, siteDir, baseUrl, files));
        }

        CoverCopies covers = cover == null ? null : coverCopies(cover);
        PreparedImage webCover = covers == null ? null : covers.web();
        if (covers != null) {
            files.add(OutputFile.of(siteDir.resolve(SiteFiles.COVER), covers.web().data()));
            files.add(OutputFile.of(siteDir.resolve(SiteFiles.THUMBNAIL), covers.thumbnail().data()));
        }

        QrCode qr = null;
        Download epubDownload = downloads.stream().filter(d -> d.kind().equals("epub")).findFirst().orElse(null);
        if (epubDownload != null && epubDownload.url() != null) {
            qr = QrCode.of(epubDownload.url());
            files.add(OutputFile.of(siteDir.resolve(SiteFiles.QR_CODE), qr.toSvg(QR_PIXELS_PER_MODULE).getBytes(StandardCharsets.UTF_8)));
        } else {
            files.add(OutputFile.removed(siteDir.resolve(SiteFiles.QR_CODE)));
        }

        SiteBook book = new SiteBook(metadata, updated, downloads, readHref,
                covers == null ? null : image(SiteFiles.COVER, covers.web()),
                covers == null ? null : image(SiteFiles.THUMBNAIL, covers.thumbnail()));
        CatalogEntry entry = book.catalogEntry();
        Catalog catalog = new Catalog(Catalog.id(baseUrl, List.of(entry.identifier())), entry.title(), entry.language(),
                catalogAuthors(metadata, entry), entry.updated(), List.of(entry));
        files.add(OutputFile.of(siteDir.resolve(SiteFiles.CATALOG), catalog.render(renderer)));

        Map<String, Object> model = model(metadata, downloads, webCover, qr);
        put(model, "read", readHref);
        put(model, "catalog", SiteFiles.href(SiteFiles.CATALOG));
        put(model, "catalogUrl", baseUrl == null ? null : baseUrl.resolve(SiteFiles.CATALOG));
        put(model, "catalogType", CatalogLink.ACQUISITION_FEED);
        byte[] page = renderer.renderBytes(TEMPLATE, model);
        files.add(OutputFile.of(siteDir.resolve(SiteFiles.INDEX), page));
        return new Result(List.copyOf(files), List.copyOf(downloads), webCover != null, qr == null ? null : qr.text());
    }

    /** Who publishes a book's catalogue: its publisher, else its creators. */
    private static List<String> catalogAuthors(BookMetadata metadata, CatalogEntry entry) {
        return entry.publisher().isEmpty() ? entry.authors() : List.of(entry.publisher());
    }

    private static SiteBook.Image image(String fileName, PreparedImage image) {
        return new SiteBook.Image(SiteFiles.href(fileName), image.width(), image.height());
    }

    /**
     * The web cover and the thumbnail of this prepared cover: the ones made last when the cover is the same (the live
     * preview builds the site again after every save, nearly always with the same cover, and scaling a 1600 × 2400 cover
     * down was a quarter of such a rebuild), else made now (kept in the image cache by content). The same bytes either
     * way: the copies depend on the cover's alone.
     */
    private static CoverCopies coverCopies(PreparedImage cover) throws IOException {
        CoverCopies last = LAST_COVER.get();
        if (last != null && Arrays.equals(last.cover(), cover.data())) {
            return last;
        }
        CoverCopies copies = new CoverCopies(cover.data(), ScaledCopy.jpeg(cover, COVER_WIDTH), ScaledCopy.jpeg(cover, THUMBNAIL_WIDTH));
        LAST_COVER.set(copies);
        return copies;
    }

    /** A prepared cover's bytes and the copies made from them: the web cover and the thumbnail. */
    private record CoverCopies(byte[] cover, PreparedImage web, PreparedImage thumbnail) {
    }

    /**
     * The book copied into the site with its checksum file, unless the book is built into the site's folder already
     * (its checksum file is then written beside it by its own renderer).
     */
    private static Download offer(Offered book, Path siteDir, BaseUrl baseUrl, List<OutputFile> files) {
        Path built = book.file().path().toAbsolutePath().normalize();
        String name = built.getFileName().toString();
        if (!built.getParent().equals(siteDir.toAbsolutePath().normalize())) {
            OutputFile copy = book.file().copyTo(siteDir.resolve(name));
            files.add(copy);
            files.add(copy.checksumFile());
        }
        return new Download(book.kind(), name, book.file().size(), book.file().sha256(), baseUrl == null ? null : baseUrl.resolve(name));
    }

    /**
     * What the template shows. The page's words are in the book's language when the site has a bundle for it, else in
     * English ({@link SiteText}); the book's own texts (title, credits' names, description) keep the book's language.
     */
    private static Map<String, Object> model(BookMetadata metadata, List<Download> downloads, PreparedImage cover, QrCode qr) {
        SiteText text = SiteText.forLanguage(metadata.language());
        String pageLanguage = text.language();
        Labels labels = Labels.forLanguage(pageLanguage);
        Map<String, Object> model = new HashMap<>();
        put(model, "textXhtml", text);
        put(model, "pageLanguage", pageLanguage);
        put(model, "language", metadata.language());
        put(model, "title", metadata.title());
        put(model, "subtitle", metadata.subtitle());
        put(model, "description", metadata.description());
        put(model, "credits", Credit.of(metadata.creators(), labels));
        put(model, "authors", Credit.of(metadata.contributors(), labels));
        put(model, "sources", metadata.sources().stream().map(s -> SourceLine.of(s, pageLanguage)).toList());
        put(model, "publisher", metadata.publisher());
        put(model, "date", DisplayDates.of(metadata.date(), pageLanguage));
        put(model, "rights", metadata.rights());
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

    /**
     * An original text as the page lists it, with its date written out in the page's language; only a web address
     * becomes a link.
     */
    public record SourceLine(String title, String publisher, String date, String url, boolean link) {
        static SourceLine of(Source source, String pageLanguage) {
            String url = source.url();
            boolean web = url != null && url.matches("(?i)https?://\\S+");
            return new SourceLine(source.title(), source.publisher(), DisplayDates.of(source.date(), pageLanguage), url, web);
        }
    }
}
