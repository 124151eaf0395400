package fr.brochures.ebook.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The names of the files of the download page, and links to them. */
public final class SiteFiles {

    /** The page. */
    public static final String INDEX = "index.html";
    /** The cover made small for the page. */
    public static final String COVER = "cover.jpg";
    /** The cover made smaller still, for the lists of catalogue apps and of a library's index page. */
    public static final String THUMBNAIL = "thumbnail.jpg";
    /** The OPDS catalogue of the site's books, for e-reader apps. */
    public static final String CATALOG = "catalog.xml";
    /** The QR code of the EPUB's address, as a standalone SVG (it can also be printed on a flyer). */
    public static final String QR_CODE = "qr-code.svg";

    private SiteFiles() {
    }

    /** A relative link to a file of the site: its name, percent-encoded where needed ("a b.epub" → "a%20b.epub"). */
    public static String href(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A link from a page in {@code dir} to a file under it ({@code read/index.html}), each name percent-encoded. */
    public static String relativeHref(Path dir, Path file) {
        Path relative = dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(href(name.toString())));
        return String.join("/", names);
    }
}
