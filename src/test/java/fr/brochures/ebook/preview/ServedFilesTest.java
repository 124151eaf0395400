package fr.brochures.ebook.preview;

import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which request path gives which file of the build: only the names the build made under the site's folder. */
class ServedFilesTest {

    private static final Path ROOT = Path.of("/project/target/site");

    static OutputFile file(Path path, String text) {
        return OutputFile.of(path, text.getBytes(StandardCharsets.UTF_8));
    }

    static ServedFiles site() {
        OutputFile epub = file(Path.of("/project/target/book.epub"), "the book");
        OutputFile page = file(ROOT.resolve("index.html"), "download page");
        Output books = new Output("epub", epub, List.of(epub), Map.of());
        OutputFile copy = epub.copyTo(ROOT.resolve("book.epub"));
        OutputFile spaced = file(ROOT.resolve("a b.html"), "spaced");
        OutputFile qr = OutputFile.removed(ROOT.resolve("qr-code.svg"));
        Output site = new Output("site", page, List.of(copy, spaced, qr, page), Map.of());
        OutputFile contents = file(ROOT.resolve("read").resolve("index.html"), "contents");
        OutputFile chapter = file(ROOT.resolve("read").resolve("01-introduction.html"), "chapter one");
        OutputFile again = file(ROOT.resolve("index.html"), "download page, made again later");
        Output web = new Output("web", contents, List.of(contents, chapter, again), Map.of());
        return ServedFiles.under(ROOT, List.of(books, site, web));
    }

    private static String text(ServedFiles.Lookup lookup) {
        return new String(lookup.file().orElseThrow(() -> new AssertionError("no file for " + lookup.name())).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void namesAreThePathsUnderTheSiteFolder() {
        assertEquals(List.of("a b.html", "book.epub", "index.html", "read/01-introduction.html", "read/index.html"), site().names());
    }

    @Test
    void rootAndFoldersGiveTheirIndex() {
        assertEquals("download page, made again later", text(site().find("/")));
        assertEquals("contents", text(site().find("/read/")));
        assertEquals("chapter one", text(site().find("/read/01-introduction.html")));
        assertEquals("the book", text(site().find("/book.epub")));
        assertEquals("spaced", text(site().find("/a b.html")), "decoded paths, as URI.getPath gives them");
    }

    @Test
    void aFolderWithoutItsSlashIsRedirected() {
        ServedFiles.Lookup lookup = site().find("/read");
        assertEquals(Optional.of("/read/"), lookup.redirect());
        assertTrue(lookup.file().isEmpty());
    }

    @Test
    void nothingOutsideTheNamesIsFound() {
        for (String path : List.of("/../book.epub", "/read/../index.html", "/../../etc/passwd", "/etc/passwd", "/qr-code.svg",
                "/READ/index.html", "/index.html/", "//index.html", "/read//01-introduction.html", "/book.epub\0.html", "/target/book.epub")) {
            ServedFiles.Lookup lookup = site().find(path);
            assertTrue(lookup.file().isEmpty() && lookup.redirect().isEmpty(), path);
        }
    }

    @Test
    void filesOutsideTheSiteFolderAreNotServed() {
        OutputFile epub = file(Path.of("/project/target/book.epub"), "x");
        OutputFile beside = file(Path.of("/project/target/site-old/index.html"), "x");
        assertTrue(ServedFiles.under(ROOT, List.of(new Output("epub", epub, List.of(epub, beside), Map.of()))).isEmpty());
    }
}
