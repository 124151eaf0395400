package fr.brochures.ebook.preview;

import java.util.Locale;
import java.util.Map;

/** The content type of a file the preview serves, from its name: only the kinds a book's site holds. */
final class ContentTypes {

    /** What a file of no known kind is sent as: browsers then download it rather than guess. */
    static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("xhtml", "application/xhtml+xml; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            // the site's OPDS catalogue, catalog.xml: XML whatever it holds, as web servers send it
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            // the .sha256 files hold one line of text, as sha256sum writes it
            Map.entry("sha256", "text/plain; charset=utf-8"),
            Map.entry("epub", "application/epub+zip"));

    /** The Kobo edition: Standard Ebooks and OPDS catalogues name it so; it stays a valid EPUB inside. */
    private static final String KEPUB = "application/kepub+zip";

    private ContentTypes() {
    }

    /** The content type for a file named {@code name} (a path's last part or the whole path). */
    static String of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".kepub.epub")) {
            return KEPUB;
        }
        int dot = lower.lastIndexOf('.');
        if (dot < 0 || dot < lower.lastIndexOf('/')) {
            return UNKNOWN;
        }
        return BY_EXTENSION.getOrDefault(lower.substring(dot + 1), UNKNOWN);
    }

    /** Whether pages of this type get the reload script (HTML pages, not what they load). */
    static boolean isPage(String contentType) {
        return contentType.startsWith("text/html") || contentType.startsWith("application/xhtml+xml");
    }
}
