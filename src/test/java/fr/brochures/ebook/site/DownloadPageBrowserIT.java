package fr.brochures.ebook.site;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.TestBooks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The brochure's download page opened in a real browser (headless Chromium): it renders at phone and desktop widths,
 * its cover and QR code show, the QR code read off the screen gives the EPUB's address, and the browser loads nothing
 * but files of the site.
 */
class DownloadPageBrowserIT {

    private static final String BASE = "https://example.org/livres/";

    @TempDir
    static Path work;
    static Path site;
    static String epubName;
    static Chromium chromium;
    private static Chromium.Shot tall;

    @BeforeAll
    static void buildTheBrochureSite() throws IOException {
        chromium = Chromium.require();
        Path epub = work.resolve("build").resolve("kazakhstan.epub");
        BuildResult built = TestBooks.build(TestBooks.brochure(), epub);
        assertTrue(built.written(), () -> built.report().problems().toString());
        epubName = epub.getFileName().toString();
        site = work.resolve("site");
        SiteWriting.write(TestBooks.brochure(), epub, site, BASE);
    }

    /** The whole page at desktop width (taken once: the QR code and the browser's log both come from it). */
    private static synchronized Chromium.Shot tallDesktopShot() throws Exception {
        if (tall == null) {
            tall = chromium.screenshot(site.resolve("index.html"), 1280, 2400, work);
        }
        return tall;
    }

    /** The share of pixels that differ from the page's background (its top-left pixel). */
    private static double inkShare(BufferedImage image) {
        int background = image.getRGB(0, 0) & 0xFFFFFF;
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != background) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    /** Pixels of the cover's red (the map of Kazakhstan on it): the cover image is shown, not a broken-image icon. */
    private static long coverRed(BufferedImage image) {
        long red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (r > 160 && g < 70 && b < 70) {
                    red++;
                }
            }
        }
        return red;
    }

    @Test
    void rendersOnAPhone() throws Exception {
        Chromium.Shot shot = chromium.screenshot(site.resolve("index.html"), 390, 844, work);
        assertEquals(390, shot.image().getWidth());
        double ink = inkShare(shot.image());
        assertTrue(ink > 0.08 && ink < 0.9, "a page with text and a cover, not a blank or solid screen: " + ink);
        assertTrue(coverRed(shot.image()) > 1500, "the cover shows");
    }

    @Test
    void rendersOnADesktop() throws Exception {
        Chromium.Shot shot = chromium.screenshot(site.resolve("index.html"), 1280, 900, work);
        double ink = inkShare(shot.image());
        assertTrue(ink > 0.05 && ink < 0.9, "a page with text and a cover, not a blank or solid screen: " + ink);
        assertTrue(coverRed(shot.image()) > 5000, "the cover shows");
    }

    @Test
    void qrCodeReadOffTheScreenGivesTheEpubAddress() throws Exception {
        Chromium.Shot shot = tallDesktopShot();
        assertEquals(BASE + epubName, QrImages.decode(shot.image()).orElseThrow(() -> new AssertionError("no QR code on the screen")));
    }

    @Test
    void browserLoadsOnlyFilesOfTheSite() throws Exception {
        Chromium.Shot shot = tallDesktopShot();
        Matcher started = Pattern.compile("FileURLLoader::Start: (\\S+)").matcher(shot.log());
        List<String> loaded = started.results().map(m -> m.group(1)).toList();
        Assumptions.assumeFalse(loaded.isEmpty(), "this Chromium does not log the files it loads (--v=1): only the screenshots are checked");
        for (String url : loaded) {
            Path file = Paths.get(URI.create(url));
            assertTrue(file.startsWith(site.toRealPath()) || file.startsWith(site), "loads only files of the site: " + url);
            assertTrue(Files.isRegularFile(file), "loads a file that exists: " + url);
        }
        for (String name : List.of("index.html", "cover.jpg", "qr-code.svg")) {
            assertTrue(loaded.stream().anyMatch(u -> u.endsWith("/" + name)), name + " loaded: " + loaded);
        }
    }
}
