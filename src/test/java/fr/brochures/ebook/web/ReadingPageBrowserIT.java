package fr.brochures.ebook.web;

import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.site.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The brochure's web edition in a real browser (headless Chromium), on a phone 390 px wide: a chapter page scrolls
 * only up and down, and its first note reference opens its pop-up, which gives the focus back when closed. A test-only
 * copy of the chapter page, beside it in read/ (so that its stylesheets and script load as the page's do), draws what
 * its script measured as coloured squares in the corner, read off the screenshot: in headless Chromium the page is
 * laid out at the window's size only once the screenshot is taken, so the script measures on every frame.
 */
class ReadingPageBrowserIT {

    private static final String CHAPTER = "02-soulevement-entretien-analyse.html";
    private static final int WIDTH = 390;
    private static final int GREEN = 0x00FF00;
    private static final int RED = 0xFF0000;
    private static final int BLUE = 0x0000FF;
    private static final int MAGENTA = 0xFF00FF;

    /** The probe: square 1 (left) green when the page is no wider than the window, square 2 blue when the pop-up worked. */
    private static final String PROBE = """
            <script>
            (function () {
              var notes = 'pending';
              addEventListener('load', function () {
                var reference = document.querySelector('a[role~="doc-noteref"]');
                reference.click();
                var dialog = document.querySelector('dialog.note-popup');
                var opened = !!dialog && dialog.open
                    && dialog.querySelector('.note-popup-title').textContent === reference.getAttribute('aria-label')
                    && dialog.querySelector('.note-popup-body').textContent.trim().length > 0;
                if (!opened) { notes = 'failed'; return; }
                dialog.close();
                setTimeout(function () {
                  notes = document.activeElement === reference && !document.querySelector('dialog.note-popup') ? 'worked' : 'failed';
                }, 50);
              });
              function square(left, colour) {
                var mark = document.createElement('div');
                mark.style.cssText = 'position:fixed;top:0;height:20px;z-index:99;left:' + left + 'px;width:10px;background:' + colour;
                return mark;
              }
              var width = square(0, '#000000');
              var popup = square(0, '#000000');
              function draw() {
                var page = document.documentElement;
                width.style.width = Math.round(window.innerWidth / 10) + 'px';
                width.style.background = page.scrollWidth <= page.clientWidth ? '#00ff00' : '#ff0000';
                popup.style.top = '30px';
                popup.style.background = notes === 'worked' ? '#0000ff' : notes === 'failed' ? '#ff00ff' : '#000000';
                requestAnimationFrame(draw);
              }
              document.body.appendChild(width);
              document.body.appendChild(popup);
              draw();
            }());
            </script>
            </body>""";

    @TempDir
    static Path work;
    static Chromium chromium;
    static WebBuild build;

    @BeforeAll
    static void buildTheBrochure() {
        chromium = Chromium.require();
        build = WebBuild.of(TestBooks.brochure(), work);
    }

    @Test
    void aChapterFitsAPhoneAndItsNotesPopUp() throws Exception {
        Path probe = build.read.resolve("probe-" + CHAPTER);
        String page = Files.readString(build.read.resolve(CHAPTER), StandardCharsets.UTF_8);
        Files.writeString(probe, page.replace("</body>", PROBE), StandardCharsets.UTF_8);

        BufferedImage shot = chromium.screenshot(probe, WIDTH, 844, work).image();

        assertEquals(WIDTH, shot.getWidth());
        assertEquals(GREEN, rgb(shot, 2, 10), "no horizontal scroll at " + WIDTH + " px (red: the page is wider than the screen)");
        assertEquals(WIDTH / 10, run(shot, 10), "the page was measured at " + WIDTH + " px");
        int popup = rgb(shot, 2, 40);
        assertEquals(BLUE, popup, popup == MAGENTA ? "the note's pop-up did not open, or did not give the focus back"
                : "the pop-up test did not finish (" + Integer.toHexString(popup) + ")");
    }

    @Test
    void theContentsPageFitsAPhone() throws IOException, InterruptedException {
        Path probe = build.read.resolve("probe-index.html");
        String page = Files.readString(build.read.resolve("index.html"), StandardCharsets.UTF_8);
        Files.writeString(probe, page.replace("</body>", PROBE.replace("reference.click();", "return;")), StandardCharsets.UTF_8);
        BufferedImage shot = chromium.screenshot(probe, WIDTH, 844, work).image();
        assertEquals(GREEN, rgb(shot, 2, 10), "no horizontal scroll at " + WIDTH + " px");
    }

    private static int rgb(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        // the probe's colours are pure; a channel near 0 or 255 is read as such
        int r = (rgb >> 16 & 0xFF) > 127 ? 0xFF : 0;
        int g = (rgb >> 8 & 0xFF) > 127 ? 0xFF : 0;
        int b = (rgb & 0xFF) > 127 ? 0xFF : 0;
        return r << 16 | g << 8 | b;
    }

    /** How many pixels of row {@code y} from the left have the first pixel's colour. */
    private static int run(BufferedImage image, int y) {
        int first = rgb(image, 0, y);
        int x = 0;
        while (x < image.getWidth() && rgb(image, x, y) == first) {
            x++;
        }
        return x;
    }
}
