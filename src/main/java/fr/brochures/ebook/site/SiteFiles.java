package fr.brochures.ebook.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The names of the files of the download page, and links to them. */
public final class SiteFiles {

    /** The page. */
    public static final String INDEX = "index.html";
    /** The cover made small for the page. */
    public static final String COVER = "cover.jpg";
    /** The QR code of the EPUB's address, as a standalone SVG (it can also be printed on a flyer). */
    public static final String QR_CODE = "qr-code.svg";

    private SiteFiles() {
    }

    /** A relative link to a file of the site: its name, percent-encoded where needed ("a b.epub" → "a%20b.epub"). */
    public static String href(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
