package fr.brochures.ebook.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every book's web edition must be, checked on its pages parsed back (jsoup) against the EPUB built with it: a page
 * per page of the EPUB, the same text and languages, notes linked both ways with names, figures with captions and every
 * image file there, nothing loaded from elsewhere, previous and next links along the reading order, HTML5 with
 * landmarks. Each subclass builds one book.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebEditionContract {

    /** The book built with its site; made once per class. */
    abstract WebBuild build();

    /** The EPUB's pages that have a page in the web edition: all but the cover page and the navigation document. */
    private List<String> epubPages() {
        return build().spine().stream().filter(name -> !name.equals("cover.xhtml")).toList();
    }

    private List<String> webPages() {
        List<String> pages = new ArrayList<>(List.of(ReadingOrder.CONTENTS));
        epubPages().forEach(name -> pages.add(WebBuild.webName(name)));
        return pages;
    }

    @Test
    void everyPageOfTheEpubHasItsWebPage() {
        for (String name : webPages()) {
            assertTrue(Files.isRegularFile(build().read.resolve(name)), "missing: read/" + name);
        }
        assertTrue(epubPages().contains("titlepage.xhtml") && epubPages().contains("colophon.xhtml"), epubPages()::toString);
    }

    @Test
    void pagesHaveTheTextAndTheLanguagesOfTheEpub() {
        for (String name : epubPages()) {
            Document epub = build().epubPage(name);
            Document web = build().page(WebBuild.webName(name));
            assertEquals(epub.selectFirst("html").attr("lang"), web.selectFirst("html").attr("lang"), name);
            Element main = web.selectFirst("main");
            assertEquals(epub.body().text(), main.text(), name + ": the same text as the EPUB");
            assertEquals(languages(epub.body()), languages(main), name + ": the same languages, on the same texts");
        }
    }

    private static List<String> languages(Element root) {
        return root.select("[lang]").stream().map(e -> e.attr("lang") + " " + e.text()).toList();
    }

    @Test
    void notesLinkBothWaysWithNames() {
        Path notesPage = build().read.resolve("endnotes.html");
        int references = 0;
        for (String name : webPages()) {
            Document page = build().page(name);
            for (Element reference : page.select("a[role~=doc-noteref]")) {
                references++;
                String href = reference.attr("href");
                assertTrue(href.startsWith("endnotes.html#note-"), href);
                assertEquals("Note " + reference.text(), reference.attr("aria-label"), "named for screen readers: " + reference);
                Element note = build().page("endnotes.html").getElementById(href.substring(href.indexOf('#') + 1));
                assertNotNull(note, "the note " + href + " exists");
                Element backlink = note.selectFirst("a[role~=doc-backlink]");
                assertEquals(name + "#" + reference.id(), backlink.attr("href"), "the back-link returns to the reference");
                assertFalse(backlink.attr("aria-label").isBlank(), "the back-link has a name: " + backlink);
                Element popup = page.selectFirst("template#reader-note-texts");
                assertNotNull(popup, name + " carries its notes for the pop-ups");
                assertTrue(popup.html().contains("data-note=\"" + note.id() + "\""), name + ": pop-up of " + note.id());
            }
        }
        assertEquals(references > 0, Files.exists(notesPage), "a notes page when the book has notes");
    }

    @Test
    void figuresHaveCaptionsAndEveryImageFileIsThere() throws IOException {
        for (String name : webPages()) {
            Document page = build().page(name);
            for (Element figure : page.select("main figure")) {
                assertNotNull(figure.selectFirst("figcaption"), name + ": " + figure);
            }
            for (Element img : page.select("main img")) {
                assertTrue(img.hasAttr("alt"), img.toString());
                assertLocalFile(name, img.attr("src"));
                for (String candidate : img.attr("srcset").isBlank() ? List.<String>of() : List.of(img.attr("srcset").split(",\\s*"))) {
                    String[] parts = candidate.split(" ");
                    Path file = assertLocalFile(name, parts[0]);
                    BufferedImage pixels = ImageIO.read(file.toFile());
                    assertEquals(parts[1], pixels.getWidth() + "w", "the width said of " + parts[0]);
                }
                if (!img.attr("srcset").isBlank()) {
                    assertFalse(img.attr("sizes").isBlank(), img.toString());
                    assertTrue(img.attr("srcset").contains(img.attr("src") + " "), "src is a candidate: " + img);
                }
            }
        }
    }

    @Test
    void nothingIsLoadedFromElsewhere() throws IOException {
        for (String name : webPages()) {
            Document page = build().page(name);
            List<String> loaded = new ArrayList<>();
            loaded.addAll(page.select("script[src]").eachAttr("src"));
            loaded.addAll(page.select("link[href]").eachAttr("href"));
            loaded.addAll(page.select("img[src], source[src], iframe[src], video[src], audio[src]").eachAttr("src"));
            for (String srcset : page.select("[srcset]").eachAttr("srcset")) {
                for (String candidate : srcset.split(",\\s*")) {
                    loaded.add(candidate.split(" ")[0]);
                }
            }
            assertFalse(loaded.isEmpty(), name);
            for (String ref : loaded) {
                assertLocalFile(name, ref);
            }
        }
        try (var files = Files.walk(build().read)) {
            for (Path css : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                Matcher url = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)").matcher(Files.readString(css));
                while (url.find()) {
                    assertTrue(url.group(1).startsWith("data:"), css + " loads " + url.group(1));
                }
                assertFalse(Files.readString(css).contains("@import url(http"), css.toString());
            }
        }
    }

    /** A reference of a page: relative, inside the web edition, to a file that exists. */
    private Path assertLocalFile(String page, String ref) {
        assertNull(URI.create(ref).getScheme(), page + " loads from elsewhere: " + ref);
        assertFalse(ref.startsWith("/") || ref.startsWith(".."), page + ": " + ref);
        Path file = build().read.resolve(URLDecoder.decode(ref, StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(file), page + ": missing " + ref);
        return file;
    }

    @Test
    void previousAndNextFollowTheReadingOrder() {
        List<String> forward = new ArrayList<>();
        for (String page = ReadingOrder.CONTENTS; page != null; ) {
            assertFalse(forward.contains(page), "a loop at " + page);
            forward.add(page);
            Element next = build().page(page).selectFirst("a[rel=next]");
            page = next == null ? null : next.attr("href");
        }
        assertEquals(webPages(), forward);
        List<String> backward = new ArrayList<>();
        for (String page = forward.get(forward.size() - 1); page != null; ) {
            backward.add(0, page);
            Element previous = build().page(page).selectFirst("a[rel=prev]");
            page = previous == null ? null : previous.attr("href");
        }
        assertEquals(forward, backward);
    }

    @Test
    void pagesAreHtml5WithLandmarksAndASkipLink() throws IOException {
        for (String name : webPages()) {
            String text = Files.readString(build().read.resolve(name));
            assertTrue(text.startsWith("<!DOCTYPE html>\n<html lang=\""), name);
            Document page = build().page(name);
            assertNotNull(page.selectFirst("meta[name=viewport][content*=width=device-width]"), name);
            assertEquals(1, page.select("body > header").size(), name);
            assertEquals(1, page.select("main").size(), name);
            assertTrue(page.select("nav[aria-label]").size() >= 2, name);
            Element skip = page.selectFirst("body > a.skip-link");
            assertNotNull(page.getElementById(skip.attr("href").substring(1)), name + ": the skip link's target");
            assertEquals(1, page.select("main h1").size(), name + ": one h1");
            assertEquals("../index.html", page.selectFirst("footer a").attr("href"), name + ": the way to the download page");
        }
    }

    @Test
    void theDownloadPageOffersToReadOnlineFirst() throws IOException {
        Document download = Jsoup.parse(build().site.resolve("index.html").toFile(), "UTF-8");
        Element first = download.selectFirst("a.button");
        assertEquals("read/index.html", first.attr("href"));
    }
}
