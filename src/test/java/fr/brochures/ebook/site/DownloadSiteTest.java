package fr.brochures.ebook.site;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.Person;
import fr.brochures.ebook.project.Source;
import fr.brochures.ebook.write.Checksums;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the notes-and-figure example book, writes its download page, and reads the page as a browser would. */
class DownloadSiteTest {

    private static final String BASE = "https://example.org/livres/";

    @TempDir
    static Path work;
    static Path epub;
    static Path site;
    static DownloadSite.Result result;
    static Document page;

    @BeforeAll
    static void buildAndWriteTheSite() throws IOException {
        epub = work.resolve("build").resolve("petit-livre.epub");
        BuildResult built = TestBooks.build(TestBooks.book("notes-and-figure"), epub);
        assertTrue(built.written(), () -> built.report().problems().toString());
        site = work.resolve("site");
        result = SiteWriting.write(TestBooks.book("notes-and-figure"), epub, site, BASE);
        page = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    }

    /** Every link and source of the page that is not a web address, resolved in the site folder. */
    private static List<String> localReferences(Document document) {
        return Stream.concat(document.select("[href]").eachAttr("href").stream(), document.select("[src]").eachAttr("src").stream())
                .filter(ref -> !ref.matches("(?i)https?://.*"))
                .toList();
    }

    @Test
    void everyLinkOfThePageResolvesToAFileOfTheSite() {
        List<String> references = localReferences(page);
        assertTrue(references.size() >= 6, references::toString);
        for (String ref : references) {
            assertFalse(ref.startsWith("/") || ref.contains(".."), "relative, inside the site: " + ref);
            assertNull(URI.create(ref).getScheme(), ref);
            Path file = site.resolve(URLDecoder.decode(ref, StandardCharsets.UTF_8));
            assertTrue(Files.isRegularFile(file), "missing in the site: " + ref);
        }
    }

    @Test
    void offersTheEpubAndTheKoboEditionWithTheirSizeAndChecksum() throws IOException {
        List<String> buttons = page.select("a.button").eachAttr("href");
        boolean kobo = Files.exists(epub.resolveSibling("petit-livre.kepub.epub"));
        assertEquals(kobo ? List.of("petit-livre.epub", "petit-livre.kepub.epub") : List.of("petit-livre.epub"), buttons);
        for (Download download : result.downloads()) {
            Path copy = site.resolve(download.fileName());
            assertEquals(-1, Files.mismatch(epub.resolveSibling(download.fileName()), copy), "the site holds the built file");
            String sha256 = Checksums.sha256(copy);
            assertEquals(sha256, download.sha256());
            assertEquals(sha256 + "  " + download.fileName() + "\n", Files.readString(site.resolve(download.fileName() + ".sha256")));
            String shown = page.selectFirst("a.button[href=" + download.fileName() + "]").parent().text();
            assertTrue(shown.replace('\u00A0', ' ').contains((Files.size(copy) + 1023) / 1024 + " Ko"), shown);
            Element checksum = page.selectFirst("details.checksums a[href=" + download.fileName() + ".sha256]");
            assertNotNull(checksum, "the checksum is in the collapsed details");
            assertTrue(checksum.parent().text().contains(sha256), checksum.parent().text());
        }
    }

    @Test
    void qrCodeOnThePageDecodesToTheEpubAddress() throws IOException {
        Element img = page.selectFirst("figure.qr img");
        assertNotNull(img);
        assertEquals("qr-code.svg", img.attr("src"));
        assertTrue(img.attr("alt").contains(BASE + "petit-livre.epub"), img.attr("alt"));
        String svg = Files.readString(site.resolve(img.attr("src")));
        assertEquals(BASE + "petit-livre.epub", QrImages.decode(QrImages.rasterize(svg, 3)).orElseThrow());
        assertEquals(BASE + "petit-livre.epub", result.qrCodeUrl());
        assertEquals(BASE + "petit-livre.epub", page.selectFirst("figure.qr a").attr("href"));
    }

    @Test
    void withoutTheSiteAddressThereIsNoQrCode(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("qr-code.svg"), "left by an earlier build");
        DownloadSite.Result written = SiteWriting.write(TestBooks.book("notes-and-figure"), epub, other, null);
        Document withoutQr = Jsoup.parse(other.resolve("index.html").toFile(), "UTF-8");
        assertNull(written.qrCodeUrl());
        assertNull(withoutQr.selectFirst("figure.qr"));
        assertFalse(Files.exists(other.resolve("qr-code.svg")), "a QR code of an old address would mislead");
        assertTrue(localReferences(withoutQr).contains("petit-livre.epub"), "links stay relative");
    }

    @Test
    void listsOnlyTheFilesThatExist(@TempDir Path other) throws IOException {
        Path lone = other.resolve("build").resolve("seul.epub");
        Files.createDirectories(lone.getParent());
        Files.copy(epub, lone);
        DownloadSite.Result written = SiteWriting.write(TestBooks.book("notes-and-figure"), lone, other.resolve("site"), null);
        assertEquals(List.of("seul.epub"), written.downloads().stream().map(Download::fileName).toList());
        Document lonePage = Jsoup.parse(other.resolve("site").resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("seul.epub"), lonePage.select("a.button").eachAttr("href"));
        assertFalse(lonePage.text().contains("kepub"), "no Kobo file, no Kobo file mentioned");
    }

    @Test
    void pageIsSelfContainedAndAccessible() throws IOException {
        String html = Files.readString(site.resolve("index.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals("width=device-width, initial-scale=1", page.selectFirst("meta[name=viewport]").attr("content"));
        assertTrue(page.select("script, iframe, object, embed, form, link[rel=stylesheet], [style]").isEmpty());
        assertTrue(page.select("*").stream().noneMatch(e -> e.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on"))));
        assertTrue(page.select("[src]").eachAttr("src").stream().noneMatch(src -> src.contains(":")), "no remote or data: source");
        String css = page.select("style").html();
        assertFalse(css.contains("url(") || css.contains("@import") || css.contains("@font-face"), "no remote font or asset");
        for (Element img : page.select("img")) {
            assertFalse(img.attr("alt").isBlank(), img.outerHtml());
            assertFalse(img.attr("width").isEmpty() || img.attr("height").isEmpty(), "sized, so the page does not jump: " + img.outerHtml());
        }
        assertEquals(1, page.select("h1").size());
        assertTrue(page.selectFirst("title").text().startsWith("Petit livre d’essai"));
    }

    @Test
    void showsTheBookMetadata() {
        String text = page.text();
        assertTrue(page.selectFirst("h1").text().startsWith("Petit livre d’essai"));
        assertEquals("Deux chapitres et des notes", page.selectFirst("h1 .subtitle").text());
        assertTrue(text.contains("ASAP Révolution (Rennes), Camarade (Toulouse)"), text);
        assertTrue(text.contains("CrimethInc."), text);
        assertTrue(text.contains("Un livre d’essai pour les tests du builder."), text);
        assertEquals("Un texte original", page.selectFirst(".sources i").text());
        assertEquals("https://crimethinc.com", page.selectFirst(".sources a").attr("href"));
        for (String device : new String[] {"Kobo", "Kindle", "PocketBook", "Android", "iPhone"}) {
            assertTrue(page.select(".guide h3").text().contains(device), device);
        }
    }

    @Test
    void coverIsAWebSizedCopy() throws IOException {
        byte[] jpeg = Files.readAllBytes(site.resolve("cover.jpg"));
        BufferedImage cover = ImageIO.read(new ByteArrayInputStream(jpeg));
        BufferedImage original = ImageIO.read(TestBooks.book("notes-and-figure").resolve("covers/cover.jpg").toFile());
        assertEquals(Math.min(DownloadSite.COVER_WIDTH, original.getWidth()), cover.getWidth());
        assertEquals((double) original.getHeight() / original.getWidth(), (double) cover.getHeight() / cover.getWidth(), 0.01);
        Element img = page.selectFirst("img.cover");
        assertEquals(String.valueOf(cover.getWidth()), img.attr("width"));
        assertEquals(String.valueOf(cover.getHeight()), img.attr("height"));
        assertTrue(img.attr("alt").contains("Petit livre d’essai"));
        assertFalse(new String(jpeg, StandardCharsets.ISO_8859_1).contains("Exif"), "no metadata in the web cover");
    }

    /**
     * A phone's portrait photograph: its pixels stored landscape (red left half, blue right half) and an EXIF
     * orientation 6 (turn a quarter clockwise to show). The web cover is the upright picture: portrait, red on top.
     */
    @Test
    void coverTakenSidewaysWithExifOrientationIsUprightOnThePage(@TempDir Path other) throws IOException {
        BufferedImage stored = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < stored.getHeight(); y++) {
            for (int x = 0; x < stored.getWidth(); x++) {
                stored.setRGB(x, y, x < stored.getWidth() / 2 ? 0xD02020 : 0x2020D0);
            }
        }
        Path coverFile = other.resolve("cover.jpg");
        Files.write(coverFile, withExifOrientation(jpeg(stored), 6));

        SiteWriting.write(metadata(), SiteWriting.preparedCover(coverFile), epub, other.resolve("site"), null);

        byte[] jpeg = Files.readAllBytes(other.resolve("site").resolve("cover.jpg"));
        BufferedImage cover = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(DownloadSite.COVER_WIDTH, cover.getWidth());
        assertEquals(900, cover.getHeight(), "portrait, as the photograph was taken");
        assertTrue(isRed(cover.getRGB(300, 100)) && isBlue(cover.getRGB(300, 800)), "upright: the stored left half on top");
        assertFalse(new String(jpeg, StandardCharsets.ISO_8859_1).contains("Exif"), "no orientation left to apply twice");
        Element img = Jsoup.parse(other.resolve("site").resolve("index.html").toFile(), "UTF-8").selectFirst("img.cover");
        assertEquals("600", img.attr("width"));
        assertEquals("900", img.attr("height"));
    }

    /** The live preview builds the site again and again in one process: each build's web cover is its own cover's. */
    @Test
    void aCoverChangedBetweenBuildsGivesItsOwnWebCover(@TempDir Path other) throws IOException {
        Path wide = other.resolve("wide.jpg");
        Path tall = other.resolve("tall.jpg");
        Files.write(wide, jpeg(new BufferedImage(1600, 800, BufferedImage.TYPE_INT_RGB)));
        Files.write(tall, jpeg(new BufferedImage(800, 1600, BufferedImage.TYPE_INT_RGB)));
        List<Integer> heights = new java.util.ArrayList<>();
        for (Path coverFile : List.of(wide, wide, tall, wide)) {
            Path into = other.resolve("site-" + heights.size());
            SiteWriting.write(metadata(), SiteWriting.preparedCover(coverFile), epub, into, null);
            heights.add(ImageIO.read(into.resolve("cover.jpg").toFile()).getHeight());
        }
        assertEquals(List.of(300, 300, 1200, 300), heights);
    }

    private static BookMetadata metadata() {
        return new BookMetadata("Titre", null, "fr", "urn:uuid:x", "2022", null, List.of(), List.of(), null, null,
                List.of(), null, List.of(), null);
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xFF) > 150 && (rgb & 0xFF) < 100;
    }

    private static boolean isBlue(int rgb) {
        return (rgb & 0xFF) > 150 && (rgb >> 16 & 0xFF) < 100;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "jpeg", bytes));
        return bytes.toByteArray();
    }

    /** The JPEG with an APP1 EXIF segment right after SOI whose IFD0 holds only the orientation tag (big-endian). */
    private static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exif.length + tiff.capacity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    @Test
    void leavesNoTemporaryFile() throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void escapesWhatTheMetadataSays(@TempDir Path other) throws IOException {
        BookMetadata metadata = new BookMetadata("<script>alert(1)</script> & \"Titre\"", null, "fr", "urn:uuid:x", "2022",
                null, List.of(new Person("A <b>", "A", List.of("aut"), null)), List.of(), null, "Une <i>description</i>",
                List.of(), null, List.of(new Source("Texte", null, null, "javascript:alert(1)")), null);
        SiteWriting.write(metadata, null, epub, other, null);
        Document escaped = Jsoup.parse(other.resolve("index.html").toFile(), "UTF-8");
        assertTrue(escaped.select("script, b, i.description").isEmpty());
        assertTrue(escaped.selectFirst("h1").text().startsWith("<script>alert(1)</script> & «\u202FTitre\u202F»")
                || escaped.selectFirst("h1").text().startsWith("<script>alert(1)</script> & \"Titre\""), escaped.selectFirst("h1").text());
        assertTrue(escaped.select("a[href^=javascript]").isEmpty(), "only web addresses become links");
        assertNull(escaped.selectFirst("img.cover"), "no cover file, no cover image");
    }

    @Test
    void worksWhenTheSiteIsTheEpubsOwnFolder() throws IOException {
        DownloadSite.Result written = SiteWriting.write(TestBooks.book("notes-and-figure"), epub, epub.getParent(), null);
        assertEquals(Checksums.sha256(epub), written.downloads().get(0).sha256());
        assertTrue(Files.isRegularFile(epub.resolveSibling("index.html")));
    }
}
