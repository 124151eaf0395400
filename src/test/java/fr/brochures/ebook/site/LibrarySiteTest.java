package fr.brochures.ebook.site;

import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code site} over the brochure and two golden books (one French, one English), its output served by an HTTP server
 * as a web host would serve it, and read back through HTTP as an e-reader app and a browser would: the catalogue
 * parsed as Atom, then every link of the catalogue, of the index page and of each book's page followed, each to a file
 * of the media type it declares (an EPUB: a zip whose first entry says {@code application/epub+zip}; an image: one
 * that decodes; a page: HTML that parses).
 */
class LibrarySiteTest {

    private static final Map<String, String> IDENTIFIERS = Map.of(
            "kazakhstan", "urn:uuid:d61f1670-fbc7-5030-8afb-54c1f47d0880",
            "solidarites-sans-frontieres", "urn:uuid:4835dcc1-9ae9-4842-abc5-a4397f95c001");

    @TempDir
    static Path work;
    static Path out;
    static SiteServer server;
    static HttpClient http;
    static String printed;

    @BeforeAll
    static void buildAndServeTheLibrary() throws IOException {
        out = work.resolve("bibliotheque");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.run(new PrintWriter(stdout), new PrintWriter(stderr), "site", TestBooks.brochure().toString(),
                TestBooks.book("golden-languages").toString(), TestBooks.book("golden-english").toString(), "-o", out.toString());
        printed = stdout.toString();
        assertEquals(0, exit, () -> stderr + printed);
        server = SiteServer.serve(out);
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachBookHasItsFolderAsBuildMakesIt() {
        for (String folder : List.of("kazakhstan", "solidarites-sans-frontieres", "the-reading-room-on-mill-street")) {
            for (String file : List.of("index.html", "catalog.xml", "cover.jpg", "thumbnail.jpg", "read/index.html",
                    folder + ".epub", folder + ".epub.sha256", folder + ".kepub.epub", folder + ".kepub.epub.sha256")) {
                assertTrue(Files.isRegularFile(out.resolve(folder).resolve(file)), folder + "/" + file);
            }
        }
        assertTrue(printed.contains("Site of 3 books written: " + out.resolve("index.html")), printed);
        assertFalse(Files.exists(TestBooks.book("golden-english").resolve("target")), "nothing written beside the sources");
    }

    @Test
    void theCatalogueListsEveryBookAndEveryLinkLeadsToAFileOfItsType() throws Exception {
        HttpResponse<byte[]> response = get(server.root().resolve("catalog.xml"));
        assertEquals(200, response.statusCode());
        AtomFeed feed = AtomFeed.parse(response.body());
        assertEquals(AtomFeed.ATOM, feed.feed.getNamespaceURI());
        assertEquals(3, feed.entries().size());
        List<String> ids = feed.entries().stream().map(entry -> AtomFeed.text(entry, "id")).toList();
        assertEquals(IDENTIFIERS.get("kazakhstan"), ids.get(0), "in the order given");
        assertEquals(IDENTIFIERS.get("solidarites-sans-frontieres"), ids.get(1));
        assertEquals("Books", AtomFeed.text(feed.feed, "title"), "French and English books: the English word");
        assertEquals("2026-12-01T00:00:00Z", AtomFeed.text(feed.feed, "updated"), "the latest of the books' times");

        List<AtomFeed.Link> links = feed.allLinks();
        assertEquals(3 + 3 * 5, links.size(), "self, start, the page; each book's cover, thumbnail, web edition, EPUB and kepub");
        URI catalog = server.root().resolve("catalog.xml");
        for (AtomFeed.Link link : links) {
            assertFalse(link.href().startsWith("/") || URI.create(link.href()).isAbsolute(), "relative: " + link.href());
            HttpResponse<byte[]> file = get(catalog.resolve(link.href()));
            assertServes(file, link.type(), link.href());
            if (!link.length().isEmpty()) {
                assertEquals(Long.parseLong(link.length()), file.body().length, link.href());
            }
        }
    }

    @Test
    void eachBookIsListedAsItsOwnCatalogueListsIt() throws Exception {
        AtomFeed library = AtomFeed.parse(get(server.root().resolve("catalog.xml")).body());
        List<String> folders = List.of("kazakhstan", "solidarites-sans-frontieres", "the-reading-room-on-mill-street");
        for (int i = 0; i < folders.size(); i++) {
            AtomFeed own = AtomFeed.parse(get(server.root().resolve(folders.get(i) + "/catalog.xml")).body());
            assertEquals(1, own.entries().size());
            org.w3c.dom.Element mine = own.entries().get(0);
            org.w3c.dom.Element listed = library.entries().get(i);
            assertEquals(AtomFeed.text(mine, "id"), AtomFeed.text(listed, "id"));
            assertEquals(AtomFeed.text(mine, "title"), AtomFeed.text(listed, "title"));
            assertEquals(AtomFeed.text(mine, "updated"), AtomFeed.text(listed, "updated"));
            assertEquals(AtomFeed.names(mine, "author"), AtomFeed.names(listed, "author"));
            String folder = folders.get(i);
            assertEquals(AtomFeed.links(mine).stream().map(l -> l.rel() + " " + l.type() + " " + folder + "/" + l.href() + " " + l.length()).toList(),
                    AtomFeed.links(listed).stream().map(l -> l.rel() + " " + l.type() + " " + l.href() + " " + l.length()).toList());
        }
    }

    @Test
    void everyLinkOfTheIndexPageLeadsToAFileOfItsType() throws Exception {
        HttpResponse<byte[]> response = get(server.root());
        assertEquals(404, response.statusCode(), "a folder is not a file: the page is index.html");
        URI index = server.root().resolve("index.html");
        Document page = parse(get(index));
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals(List.of("Kazakhstan", "Solidarités sans frontières", "The Reading Room on Mill Street"),
                page.select("h2 a").eachText());
        assertEquals(List.of("fr", "fr", "en"), page.select("li h2").eachAttr("lang"));
        assertEquals(List.of("Language: French", "Language: French", "Language: English"), page.select("p.language").eachText());
        Element catalog = page.selectFirst("head link[rel=alternate]");
        assertNotNull(catalog);
        assertEquals("application/atom+xml;profile=opds-catalog;kind=acquisition", catalog.attr("type"));

        List<Element> linking = page.select("[href], [src]");
        assertTrue(linking.size() >= 3 * 3 + 2, "each book's thumbnail, cover link and title link, the catalogue twice");
        for (Element element : linking) {
            String ref = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            assertFalse(ref.startsWith("/") || URI.create(ref).isAbsolute(), "relative: " + ref);
            String declared = element.hasAttr("type") ? element.attr("type") : element.tagName().equals("img") ? "image/jpeg" : "text/html";
            if (element.tagName().equals("a") && ref.endsWith(".xml")) {
                declared = "application/atom+xml";
            }
            assertServes(get(index.resolve(ref)), declared, ref);
        }
    }

    @Test
    void everyLinkOfEachBooksPageLeadsToAFileOfTheSite() throws Exception {
        for (String folder : List.of("kazakhstan", "solidarites-sans-frontieres", "the-reading-room-on-mill-street")) {
            URI page = server.root().resolve(folder + "/index.html");
            Document html = parse(get(page));
            for (Element element : html.select("[href], [src]")) {
                String ref = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (URI.create(ref).isAbsolute()) {
                    continue; // the original texts' web addresses, the QR code's: not files of the site
                }
                HttpResponse<byte[]> file = get(page.resolve(ref));
                // a link's type, when it has one (the books', the catalogue's), is the type served
                assertServes(file, element.hasAttr("type") ? element.attr("type") : null, folder + "/" + ref);
            }
        }
    }

    @Test
    void theIndexPageTakesTheBooksLanguageAndATitle(@TempDir Path dir) throws Exception {
        Path french = dir.resolve("fr");
        assertEquals(0, Main.run("site", TestBooks.brochure().toString(), TestBooks.book("golden-languages").toString(), "-o",
                french.toString(), "-q"));
        Document page = Jsoup.parse(french.resolve("index.html").toFile(), "UTF-8");
        assertEquals("fr", page.selectFirst("html").attr("lang"), "two French books: a French page");
        assertEquals("Livres", page.selectFirst("h1").text());
        assertEquals("Langue : français", page.selectFirst("p.language").text().replace('\u00A0', ' '));

        Path asked = dir.resolve("asked");
        assertEquals(0, Main.run("site", TestBooks.book("golden-languages").toString(), TestBooks.book("golden-english").toString(),
                "-o", asked.toString(), "--language", "fr", "--title", "Bibliothèque <du> quartier", "--base-url",
                "https://example.org/livres", "-q"));
        page = Jsoup.parse(asked.resolve("index.html").toFile(), "UTF-8");
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals("Bibliothèque <du> quartier", page.selectFirst("h1").text());
        assertEquals("Bibliothèque <du> quartier", page.title());
        assertEquals("Langue : anglais", page.select("p.language").last().text().replace('\u00A0', ' '));
        assertEquals("https://example.org/livres/catalog.xml", page.selectFirst(".catalog a.url").attr("href"));
        AtomFeed feed = AtomFeed.parse(Files.readAllBytes(asked.resolve("catalog.xml")));
        assertEquals("https://example.org/livres/catalog.xml", AtomFeed.text(feed.feed, "id"));
        assertEquals("Bibliothèque <du> quartier", AtomFeed.text(feed.feed, "title"));
        Document bookPage = Jsoup.parse(asked.resolve("the-reading-room-on-mill-street/index.html").toFile(), "UTF-8");
        assertEquals("https://example.org/livres/the-reading-room-on-mill-street/the-reading-room-on-mill-street.epub",
                bookPage.selectFirst("figure.qr a").attr("href"), "--base-url applies to each book's folder");
    }

    private static HttpResponse<byte[]> get(URI url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Document parse(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), response.uri().toString());
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), response.uri().toString());
    }

    /**
     * The response is a file (200) of the type {@code declared} says (the served type's media type, parameters aside;
     * null: whatever the host says), and its content is of that type.
     */
    private static void assertServes(HttpResponse<byte[]> response, String declared, String what) throws IOException {
        assertEquals(200, response.statusCode(), what + " resolves");
        String served = mediaType(response.headers().firstValue("Content-Type").orElse(""));
        if (declared != null) {
            assertEquals(mediaType(declared), served, what + " is of the type its link declares");
        }
        byte[] body = response.body();
        switch (served) {
            case "application/epub+zip", "application/kepub+zip" -> {
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                    ZipEntry first = zip.getNextEntry();
                    assertNotNull(first, what);
                    assertEquals("mimetype", first.getName(), what);
                    assertEquals("application/epub+zip", new String(zip.readAllBytes(), StandardCharsets.US_ASCII), what);
                }
            }
            case "image/jpeg", "image/png" -> assertNotNull(ImageIO.read(new ByteArrayInputStream(body)), what + " decodes");
            case "image/svg+xml" -> assertTrue(new String(body, StandardCharsets.UTF_8).contains("<svg"), what);
            case "text/html" -> {
                Document html = Jsoup.parse(new String(body, StandardCharsets.UTF_8));
                assertFalse(html.title().isBlank(), what + " is a page with a title");
                assertFalse(html.body().text().isBlank(), what + " has text");
            }
            case "application/atom+xml" -> assertEquals("feed", AtomFeed.parse(body).feed.getLocalName(), what);
            case "text/plain" -> assertTrue(new String(body, StandardCharsets.UTF_8).matches("[0-9a-f]{64}  \\S+\\n"), what);
            case "text/css", "text/javascript" -> assertTrue(body.length > 0, what);
            default -> throw new AssertionError(what + " is served as " + served);
        }
    }

    private static String mediaType(String contentType) {
        return contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }
}
