package fr.brochures.ebook.site;

import fr.brochures.ebook.epub.EpubRenderer;
import fr.brochures.ebook.kobo.KoboRenderer;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.web.WebRenderer;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One book's site as its catalogue and a library's index page describe it: the book's metadata (typeset as the book
 * is) and the time it was last changed, the books it offers, the web edition's first page and the covers, every link
 * relative to the book's site folder.
 *
 * @param readHref  the web edition's first page, or empty text when there is none
 * @param cover     the web cover, or null
 * @param thumbnail the cover made small for lists, or null
 */
public record SiteBook(BookMetadata metadata, Instant updated, List<Download> downloads, String readHref, Image cover,
                       Image thumbnail) {

    /** An image of the site: its link and its size in pixels. */
    public record Image(String href, int width, int height) {
    }

    public SiteBook {
        downloads = List.copyOf(downloads);
        readHref = readHref == null ? "" : readHref;
    }

    /**
     * The site a build made in {@code siteDir}, read back from the build's outputs: the books its EPUB and Kobo renderers
     * made (offered under the same names), its web edition, and the covers among the site's files. A library of books
     * ({@code site DIR… -o OUT}) lists each book from it, as the book's own catalogue does.
     */
    public static SiteBook of(BookMetadata metadata, Instant updated, Path siteDir, List<Output> outputs) throws IOException {
        List<Download> downloads = new ArrayList<>();
        for (String kind : List.of(EpubRenderer.KIND, KoboRenderer.KIND)) {
            Optional<Output> book = find(outputs, kind);
            if (book.isPresent()) {
                OutputFile file = book.get().main();
                downloads.add(new Download(kind, file.path().getFileName().toString(), file.size(), file.sha256(), null));
            }
        }
        String read = find(outputs, WebRenderer.KIND).map(web -> SiteFiles.relativeHref(siteDir, web.main().path())).orElse("");
        List<OutputFile> siteFiles = find(outputs, SiteRenderer.KIND).map(Output::files).orElse(List.of());
        return new SiteBook(metadata, updated, downloads, read, image(siteFiles, siteDir.resolve(SiteFiles.COVER)),
                image(siteFiles, siteDir.resolve(SiteFiles.THUMBNAIL)));
    }

    /** The book as its catalogue lists it. */
    public CatalogEntry catalogEntry() {
        return CatalogEntry.of(this);
    }

    private static Optional<Output> find(List<Output> outputs, String kind) {
        return outputs.stream().filter(o -> o.kind().equals(kind)).findFirst();
    }

    /** The JPEG the site writes at {@code path}, with its size read from its header, or null when the site has none. */
    private static Image image(List<OutputFile> files, Path path) throws IOException {
        Path wanted = path.toAbsolutePath().normalize();
        for (OutputFile file : files) {
            if (!file.isRemoval() && file.path().toAbsolutePath().normalize().equals(wanted)) {
                return sized(SiteFiles.href(path.getFileName().toString()), file);
            }
        }
        return null;
    }

    /** The image at {@code href} with its width and height read from its header, without decoding its pixels. */
    private static Image sized(String href, OutputFile file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file.bytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(file.path() + " is not an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new Image(href, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }
}
