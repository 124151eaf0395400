package fr.brochures.ebook.site;

import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build command's site options: --site DIR, --no-site, --base-url URL, and download-url in book.yaml. */
class BuildCommandSiteTest {

    /** A copy of the notes-and-figure book, so that builds may write into its target/. */
    private static Path copyOfTheBook(Path dir) throws IOException {
        Path source = TestBooks.book("notes-and-figure");
        Path copy = dir.resolve("livre");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    @Test
    void writesTheSiteIntoTheProjectsTargetByDefault(@TempDir Path dir) throws IOException {
        Path book = copyOfTheBook(dir);
        assertEquals(0, Main.run("build", book.toString()));
        Path site = book.resolve("target/site");
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(Files.isRegularFile(site.resolve("petit-livre-d-essai.epub")));
        assertFalse(Files.exists(site.resolve("qr-code.svg")), "no address, no QR code");
    }

    @Test
    void siteGoesWhereToldAndBaseUrlGivesTheQrCode(@TempDir Path dir) throws IOException {
        Path book = copyOfTheBook(dir);
        Path site = dir.resolve("site en ligne");
        assertEquals(0, Main.run("build", book.toString(), "-o", dir.resolve("out/livre.epub").toString(),
                "--site", site.toString(), "--base-url", "https://example.org/livres"));
        Document page = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("read/index.html", "livre.epub", "livre.kepub.epub"), page.select("a.button").eachAttr("href"));
        assertTrue(Files.isRegularFile(site.resolve("read/index.html")), "the web edition is in the site");
        assertEquals("https://example.org/livres/livre.epub", page.selectFirst("figure.qr a").attr("href"));
        assertFalse(Files.exists(book.resolve("target/site")));
    }

    @Test
    void noSiteWritesNone(@TempDir Path dir) throws IOException {
        Path book = copyOfTheBook(dir);
        assertEquals(0, Main.run("build", book.toString(), "--no-site"));
        assertTrue(Files.isRegularFile(book.resolve("target/petit-livre-d-essai.epub")));
        assertFalse(Files.exists(book.resolve("target/site")));
    }

    @Test
    void downloadUrlInBookYamlGivesTheQrCode(@TempDir Path dir) throws IOException {
        Path book = copyOfTheBook(dir);
        Files.writeString(book.resolve("book/book.yaml"), "download-url: https://example.org/essai/\n", StandardOpenOption.APPEND);
        assertEquals(0, Main.run("build", book.toString()));
        Document page = Jsoup.parse(book.resolve("target/site/index.html").toFile(), "UTF-8");
        assertEquals("https://example.org/essai/petit-livre-d-essai.epub", page.selectFirst("figure.qr a").attr("href"));

        assertEquals(0, Main.run("build", book.toString(), "--base-url", "https://example.net/"));
        page = Jsoup.parse(book.resolve("target/site/index.html").toFile(), "UTF-8");
        assertEquals("https://example.net/petit-livre-d-essai.epub", page.selectFirst("figure.qr a").attr("href"), "the option wins");
    }

    @Test
    void badDownloadUrlInBookYamlIsAnError(@TempDir Path dir) throws IOException {
        Path book = copyOfTheBook(dir);
        Files.writeString(book.resolve("book/book.yaml"), "download-url: example.org/essai\n", StandardOpenOption.APPEND);
        assertEquals(1, Main.run("build", book.toString()));
    }

    @Test
    void wrongSiteOptionsAreUsageErrors(@TempDir Path dir) throws IOException {
        Path book = copyOfTheBook(dir);
        assertEquals(2, Main.run("build", book.toString(), "--base-url", "ftp://example.org/"));
        assertEquals(2, Main.run("build", book.toString(), "--no-site", "--site", dir.resolve("s").toString()));
        assertEquals(2, Main.run("build", book.toString(), "--no-site", "--base-url", "https://example.org/"));
        assertFalse(Files.exists(book.resolve("target")), "nothing built on a usage error");
    }
}
