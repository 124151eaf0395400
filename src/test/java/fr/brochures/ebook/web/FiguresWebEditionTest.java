package fr.brochures.ebook.web;

import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web edition of the golden book of figures, with a photograph of 2000 × 1333 px and a plan of 900 × 600 px added:
 * large images get smaller copies for small screens, in their own format; small ones and SVGs are as in the EPUB.
 */
class FiguresWebEditionTest extends WebEditionContract {

    @TempDir
    static Path work;
    private WebBuild build;

    @BeforeAll
    void buildTheBookWithLargeImages() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("golden-figures"), work.resolve("project"));
        ImageIO.write(drawing(2000, 1333, BufferedImage.TYPE_INT_RGB), "jpg", project.resolve("book/images/grande-photo.jpg").toFile());
        ImageIO.write(drawing(900, 600, BufferedImage.TYPE_INT_ARGB), "png", project.resolve("book/images/grand-plan.png").toFile());
        Path chapter = project.resolve("book/02-l-organisation.xhtml");
        String text = Files.readString(chapter, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</section>");
        Files.writeString(chapter, text.substring(0, end)
                + "<figure id=\"figure-grande\"><img src=\"images/grande-photo.jpg\" alt=\"Un dégradé bleu et orange.\"/>"
                + "<figcaption>Une grande photographie</figcaption></figure>\n"
                + "<figure id=\"figure-plan\"><img src=\"images/grand-plan.png\" alt=\"Un plan en dégradé.\"/>"
                + "<figcaption>Un grand plan</figcaption></figure>\n" + text.substring(end), StandardCharsets.UTF_8);
        build = WebBuild.of(project, work);
    }

    private static BufferedImage drawing(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 80, 160), width, height, new Color(230, 140, 40)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    @Override
    WebBuild build() {
        return build;
    }

    private Element img(String src) {
        return build.page("02-l-organisation.html").selectFirst("img[alt^=" + (src.endsWith(".jpg") ? "Un dégradé" : "Un plan") + "]");
    }

    @Test
    void aLargePhotographHasCopiesUpTo1200PixelsWide() throws IOException {
        Element img = img(".jpg");
        assertEquals("images/grande-photo.1200w.jpg", img.attr("src"));
        assertEquals("images/grande-photo.480w.jpg 480w, images/grande-photo.800w.jpg 800w, images/grande-photo.1200w.jpg 1200w",
                img.attr("srcset"));
        assertEquals(List.of("1200", "800"), List.of(img.attr("width"), img.attr("height")));
        assertFalse(Files.exists(build.read.resolve("images/grande-photo.jpg")), "the 1600 px image is not needed on screens");
        byte[] copy = Files.readAllBytes(build.read.resolve("images/grande-photo.480w.jpg"));
        assertEquals(0xD8, copy[1] & 0xFF, "a JPEG");
    }

    @Test
    void aPlanStaysAPngWithItsTransparency() throws IOException {
        Element img = img(".png");
        assertEquals("images/grand-plan.png", img.attr("src"));
        assertEquals("images/grand-plan.480w.png 480w, images/grand-plan.800w.png 800w, images/grand-plan.png 900w", img.attr("srcset"));
        BufferedImage small = ImageIO.read(build.read.resolve("images/grand-plan.480w.png").toFile());
        assertEquals(480, small.getWidth());
        assertTrue(small.getColorModel().hasAlpha());
    }

    @Test
    void smallImagesAndSvgAreAsInTheEpub() throws IOException {
        Element plan = build.page("02-l-organisation.html").selectFirst("img[src=images/schema-assemblee.svg]");
        assertTrue(plan == null || plan.attr("srcset").isEmpty());
        Element small = build.page("01-l-atelier.html").selectFirst("img[src=images/plan-quartier.png]");
        assertNull(small.attributes().get("srcset").isEmpty() ? null : small.attr("srcset"));
        assertEquals("120", small.attr("width"));
        assertTrue(Files.isRegularFile(build.read.resolve("images/schema-assemblee.svg")));
    }
}
