package fr.brochures.ebook.site;

import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.cli.Main;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.Person;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OPDS catalogue of a book's site, {@code catalog.xml}, as {@code build} writes it, read back with the JDK's XML
 * parser: an Atom feed in its namespace, with the OPDS relations and media types, one entry for the book with its
 * identifier, metadata and links to files of the site of the types they say; and the download page pointing at it.
 */
class CatalogTest {

    private static final String BASE = "https://example.org/essai/";

    @TempDir
    static Path work;
    static Path site;
    static AtomFeed feed;

    @BeforeAll
    static void buildTheBook() throws IOException {
        Path book = TestBooks.book("notes-and-figure");
        site = work.resolve("site");
        assertEquals(0, Main.run("build", book.toString(), "-o", work.resolve("out/petit.epub").toString(), "--site", site.toString(), "-q"));
        feed = AtomFeed.parse(Files.readAllBytes(site.resolve("catalog.xml")));
    }

    private static org.w3c.dom.Element theEntry() {
        List<org.w3c.dom.Element> entries = feed.entries();
        assertEquals(1, entries.size(), "a book's site lists its one book");
        return entries.get(0);
    }

    @Test
    void isAnAtomFeedWithTheDublinCoreTermsOpdsNames() {
        assertEquals(AtomFeed.ATOM, feed.feed.getNamespaceURI());
        assertEquals("feed", feed.feed.getLocalName());
        assertEquals(AtomFeed.DC, feed.feed.lookupNamespaceURI("dc"));
        assertEquals("fr", feed.feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        for (org.w3c.dom.Element element : AtomFeed.descendants(feed.feed)) {
            assertTrue(List.of(AtomFeed.ATOM, AtomFeed.DC).contains(element.getNamespaceURI()),
                    "only Atom and Dublin Core elements: " + element.getTagName());
        }
        assertTrue(AtomFeed.text(feed.feed, "id").matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
                "without the site's address, a name-based UUID: " + AtomFeed.text(feed.feed, "id"));
        assertEquals("Petit livre d’essai — Deux chapitres et des notes", AtomFeed.text(feed.feed, "title"));
        assertEquals(List.of("ASAP Révolution et Camarade"), AtomFeed.names(feed.feed, "author"), "the publisher publishes it");
        assertEquals("2022-02-15T00:00:00Z", AtomFeed.text(feed.feed, "updated"), "no modified: the date, never the clock");
    }

    @Test
    void feedLinksToItselfAsTheCatalogueRootAndToThePage() {
        Map<String, AtomFeed.Link> links = AtomFeed.links(feed.feed).stream()
                .collect(Collectors.toMap(AtomFeed.Link::rel, link -> link));
        assertEquals("catalog.xml", links.get("self").href());
        assertEquals("application/atom+xml;profile=opds-catalog;kind=acquisition", links.get("self").type());
        assertEquals("catalog.xml", links.get("start").href(), "one acquisition feed is its catalogue's root");
        assertEquals("application/atom+xml;profile=opds-catalog;kind=acquisition", links.get("start").type());
        assertEquals("index.html", links.get("alternate").href());
        assertEquals("text/html", links.get("alternate").type());
    }

    @Test
    void theEntryIsTheBookAsBookYamlDescribesIt() {
        org.w3c.dom.Element entry = theEntry();
        assertEquals("urn:uuid:6f1c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f", AtomFeed.text(entry, "id"), "the book's identifier");
        assertEquals("urn:uuid:6f1c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f", AtomFeed.only(entry, AtomFeed.DC, "identifier").getTextContent());
        assertEquals("Petit livre d’essai — Deux chapitres et des notes", AtomFeed.text(entry, "title"));
        assertEquals(List.of("ASAP Révolution", "Camarade"), AtomFeed.names(entry, "author"));
        assertEquals(List.of("CrimethInc."), AtomFeed.names(entry, "contributor"));
        assertEquals("fr", AtomFeed.only(entry, AtomFeed.DC, "language").getTextContent());
        assertEquals("2022-02-15", AtomFeed.only(entry, AtomFeed.DC, "issued").getTextContent());
        assertEquals("ASAP Révolution et Camarade", AtomFeed.only(entry, AtomFeed.DC, "publisher").getTextContent());
        assertEquals("2022-02-15T00:00:00Z", AtomFeed.text(entry, "updated"));
        assertEquals("Un livre d’essai pour les tests du builder.", AtomFeed.text(entry, "summary"));
        assertEquals("Texte libre de reproduction.", AtomFeed.text(entry, "rights"));
        assertEquals("Essai", AtomFeed.only(entry, AtomFeed.ATOM, "category").getAttribute("term"));
    }

    @Test
    void theEntryLinksEveryFileOfTheBookWithItsType() throws IOException {
        List<AtomFeed.Link> links = AtomFeed.links(theEntry());
        assertEquals(List.of("http://opds-spec.org/image", "http://opds-spec.org/image/thumbnail", "alternate",
                "http://opds-spec.org/acquisition", "http://opds-spec.org/acquisition"), links.stream().map(AtomFeed.Link::rel).toList());
        assertEquals(List.of("image/jpeg", "image/jpeg", "text/html", "application/epub+zip", "application/kepub+zip"),
                links.stream().map(AtomFeed.Link::type).toList());
        assertEquals(List.of("cover.jpg", "thumbnail.jpg", "read/index.html", "petit.epub", "petit.kepub.epub"),
                links.stream().map(AtomFeed.Link::href).toList());
        for (AtomFeed.Link link : links) {
            Path file = site.resolve(URLDecoder.decode(link.href(), StandardCharsets.UTF_8));
            assertTrue(Files.isRegularFile(file), link.href());
            switch (link.type()) {
                case "image/jpeg" -> assertNotNull(ImageIO.read(file.toFile()), link.href());
                case "text/html" -> assertFalse(Jsoup.parse(file.toFile(), "UTF-8").title().isEmpty(), link.href());
                default -> {
                    assertEquals(String.valueOf(Files.size(file)), link.length(), "the length is the file's");
                    try (ZipFile zip = new ZipFile(file.toFile())) {
                        assertEquals("application/epub+zip", new String(zip.getInputStream(zip.getEntry("mimetype")).readAllBytes(),
                                StandardCharsets.US_ASCII), link.href());
                    }
                }
            }
        }
        BufferedImage thumbnail = ImageIO.read(site.resolve("thumbnail.jpg").toFile());
        BufferedImage cover = ImageIO.read(site.resolve("cover.jpg").toFile());
        int expected = Math.min(DownloadSite.THUMBNAIL_WIDTH, cover.getWidth());
        assertEquals(expected, thumbnail.getWidth(), "the thumbnail is the cover made small");
        assertEquals(Math.round((double) cover.getHeight() * expected / cover.getWidth()), thumbnail.getHeight(), 1.0);
    }

    @Test
    void theDownloadPageLinksTheCatalogue() throws IOException {
        Document page = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element head = page.selectFirst("head link[rel=alternate]");
        assertNotNull(head, "e-reader apps and browsers find the catalogue from the page's head");
        assertEquals("application/atom+xml;profile=opds-catalog;kind=acquisition", head.attr("type"));
        assertEquals("catalog.xml", head.attr("href"));
        assertFalse(head.attr("title").isBlank());
        assertNotNull(page.selectFirst(".guide a[href=catalog.xml]"), "a line for e-reader apps gives it");
    }

    @Test
    void withTheSiteAddressTheCatalogueIdIsItsAddressAndThePageGivesIt(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("site");
        assertEquals(0, Main.run("build", TestBooks.book("notes-and-figure").toString(), "-o", dir.resolve("out/petit.epub").toString(),
                "--site", other.toString(), "--base-url", BASE, "-q"));
        AtomFeed addressed = AtomFeed.parse(Files.readAllBytes(other.resolve("catalog.xml")));
        assertEquals(BASE + "catalog.xml", AtomFeed.text(addressed.feed, "id"));
        assertEquals("catalog.xml", AtomFeed.links(addressed.feed).get(0).href(), "links stay relative");
        Document page = Jsoup.parse(other.resolve("index.html").toFile(), "UTF-8");
        assertEquals(BASE + "catalog.xml", page.selectFirst(".guide a.url").attr("href"), "the whole address, to type into an app");
    }

    @Test
    void everyValueIsEscapedAndTheFeedStaysWellFormed(@TempDir Path dir) throws IOException {
        Path epub = dir.resolve("build").resolve("livre.epub");
        Files.createDirectories(epub.getParent());
        Files.copy(work.resolve("out/petit.epub"), epub);
        String tricky = "A & B <i>c</i> \"d\" 'e' ]]>";
        BookMetadata metadata = new BookMetadata(tricky, null, "en", "isbn:978-2-1234-5680-3", "2024-03", "2024-03-05T10:00:00+01:00",
                List.of(new Person("Ann <Lee>", null, List.of("aut"), null)), List.of(), null, "<p>&amp;</p>", List.of("x & y"),
                null, List.of(), null);
        SiteWriting.write(metadata, null, epub, dir.resolve("site"), null);
        AtomFeed tricked = AtomFeed.parse(Files.readAllBytes(dir.resolve("site/catalog.xml")));
        org.w3c.dom.Element only = tricked.entries().get(0);
        assertEquals(tricky, AtomFeed.text(only, "title"));
        assertEquals("urn:isbn:978-2-1234-5680-3", AtomFeed.text(only, "id"), "an Atom id is an IRI: the ISBN as a URN");
        assertEquals(List.of("Ann <Lee>"), AtomFeed.names(only, "author"));
        assertEquals(List.of("Ann <Lee>"), AtomFeed.names(tricked.feed, "author"), "no publisher: the creators publish it");
        assertEquals("<p>&amp;</p>", AtomFeed.text(only, "summary"), "a description is text, never markup");
        assertEquals("x & y", AtomFeed.only(only, AtomFeed.ATOM, "category").getAttribute("term"));
        assertEquals("2024-03-05T09:00:00Z", AtomFeed.text(only, "updated"), "modified, in UTC");
        assertEquals("2024-03", AtomFeed.only(only, AtomFeed.DC, "issued").getTextContent());
        assertTrue(AtomFeed.children(only, AtomFeed.ATOM, "link").stream().noneMatch(l -> l.getAttribute("rel").contains("image")),
                "no cover, no image links");
        try (Stream<Path> files = Files.list(dir.resolve("site"))) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().equals("thumbnail.jpg")));
        }
    }
}
