package fr.brochures.ebook.site;

import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The index page of a library ({@code site}: the brochure and two golden books) in a real browser (headless Chromium)
 * on a phone 390 px wide: it scrolls only up and down, and every book's thumbnail loads. A test-only copy of the page,
 * beside it (so that its thumbnails load as the page's do), draws what its script measured as coloured squares in the
 * corner, read off the screenshot: the page itself has no script.
 */
class LibraryPageBrowserIT {

    private static final int WIDTH = 390;
    private static final int GREEN = 0x00FF00;
    private static final int BLUE = 0x0000FF;

    /** Square 1 green when the page is no wider than the window (red if wider); square 2 blue when every image decoded. */
    private static final String PROBE = """
            <script>
            (function () {
              function square(top, colour) {
                var mark = document.createElement('div');
                mark.style.cssText = 'position:fixed;left:0;width:10px;height:20px;z-index:99;top:' + top + 'px;background:' + colour;
                return mark;
              }
              var width = square(0, '#000000');
              var images = square(30, '#000000');
              function draw() {
                var page = document.documentElement;
                width.style.background = page.scrollWidth <= page.clientWidth ? '#00ff00' : '#ff0000';
                var all = Array.prototype.slice.call(document.images);
                var loaded = all.length === 3 && all.every(function (img) { return img.complete && img.naturalWidth > 0; });
                images.style.background = loaded ? '#0000ff' : '#ff00ff';
                requestAnimationFrame(draw);
              }
              document.body.appendChild(width);
              document.body.appendChild(images);
              draw();
            }());
            </script>
            </body>""";

    @TempDir
    static Path work;
    static Chromium chromium;
    static Path out;

    @BeforeAll
    static void buildTheLibrary() {
        chromium = Chromium.require();
        out = work.resolve("site");
        assertEquals(0, Main.run("site", TestBooks.brochure().toString(), TestBooks.book("golden-languages").toString(),
                TestBooks.book("golden-english").toString(), "-o", out.toString(), "-q"));
    }

    @Test
    void theIndexPageFitsAPhoneAndShowsEveryThumbnail() throws Exception {
        Path probe = out.resolve("probe-index.html");
        String page = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        Files.writeString(probe, page.replace("</body>", PROBE), StandardCharsets.UTF_8);

        BufferedImage shot = chromium.screenshot(probe, WIDTH, 844, work).image();

        assertEquals(WIDTH, shot.getWidth());
        assertEquals(GREEN, rgb(shot, 2, 10), "no horizontal scroll at " + WIDTH + " px (red: the page is wider than the screen)");
        assertEquals(BLUE, rgb(shot, 2, 40), "the three thumbnails load and decode (magenta: one did not)");
    }

    private static int rgb(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        // the probe's colours are pure; a channel near 0 or 255 is read as such
        int r = (rgb >> 16 & 0xFF) > 127 ? 0xFF : 0;
        int g = (rgb >> 8 & 0xFF) > 127 ? 0xFF : 0;
        int b = (rgb & 0xFF) > 127 ? 0xFF : 0;
        return r << 16 | g << 8 | b;
    }
}
