package fr.brochures.ebook.web;

import fr.brochures.ebook.BookBuilder;
import fr.brochures.ebook.BuildOptions;
import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.EpubFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A book built with its download site, as the build command makes it, and its web edition read back with jsoup. */
final class WebBuild {

    final Path epub;
    final Path site;
    final Path read;

    private WebBuild(Path epub, Path site) {
        this.epub = epub;
        this.site = site;
        this.read = site.resolve(WebRenderer.FOLDER);
    }

    /** Builds {@code project} (left as it is) into {@code work}: the books in {@code work/out}, the site in {@code work/site}. */
    static WebBuild of(Path project, Path work) {
        Path epub = work.resolve("out").resolve("book.epub");
        Path site = work.resolve("site");
        BuildResult built = new BookBuilder().build(new BuildOptions(project, epub, false, BuildOptions.DEFAULT_MAX_IMAGE_EDGE, null)
                .withSite(site, null));
        assertTrue(built.written(), () -> built.report().problems().toString());
        return new WebBuild(epub, site);
    }

    /** A page of the web edition, parsed as a browser would. */
    Document page(String name) {
        try {
            return Jsoup.parse(read.resolve(name).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The EPUB's documents in reading order (its spine), by their names in the EPUB: cover.xhtml first. */
    List<String> spine() {
        try (EpubFile file = new EpubFile(epub)) {
            Document opf = file.xml("OEBPS/content.opf");
            return opf.select("spine itemref").eachAttr("idref").stream()
                    .map(id -> opf.selectFirst("manifest item[id=" + id + "]").attr("href")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An EPUB document's text, parsed as HTML. */
    Document epubPage(String name) {
        try (EpubFile file = new EpubFile(epub)) {
            return Jsoup.parse(file.text("OEBPS/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of every file of the web edition, in bytes. */
    long webBytes() {
        try (Stream<Path> files = Files.walk(read)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The web page of an EPUB document: {@code 01-x.xhtml} → {@code 01-x.html}. */
    static String webName(String epubName) {
        return epubName.replaceFirst("\\.xhtml$", ".html");
    }
}
