package fr.brochures.ebook.project;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paths written in a book must stay in book/, decode safely and be usable as names inside an EPUB. */
class ProjectPathsTest {

    private final Path book = Path.of("/projet/book");

    @Test
    void pathsThatLeaveTheFolderAreRefused() {
        for (String path : new String[] {"../../etc/passwd", "/etc/passwd", "../covers/x.jpg", "images/../../x", "file:///etc/passwd",
                "C:\\x.jpg", "images\\x.jpg", "", ".", "images/.."}) {
            assertNull(ProjectPaths.resolveInside(book, path), path);
        }
    }

    @Test
    void pathsInsideTheFolderResolve() {
        assertEquals(Path.of("/projet/book/images/a.jpg"), ProjectPaths.resolveInside(book, "images/a.jpg"));
        assertEquals(Path.of("/projet/book/images/a.jpg"), ProjectPaths.resolveInside(book, "images/../images/a.jpg"));
        assertNotNull(ProjectPaths.resolveInside(book, "01-un.xhtml"));
    }

    @Test
    void linksThatLeaveTheBookAreRemote() {
        for (String url : new String[] {"http://example.org/a.jpg", "HTTPS://example.org/", "//cdn.example.org/a.js", "ftp://x/y"}) {
            assertTrue(ProjectPaths.isRemote(url), url);
        }
        for (String url : new String[] {"images/a.jpg", "data:image/png;base64,AAAA", "mailto:a@example.org", "#note-1", "http.jpg"}) {
            assertFalse(ProjectPaths.isRemote(url), url);
        }
    }

    @Test
    void percentEscapesDecodeAndAPlusStaysAPlus() {
        assertEquals(Optional.of("images/été+1.jpg"), ProjectPaths.decodeUrlPath("images/%C3%A9t%C3%A9+1.jpg"));
        assertEquals(Optional.of("a b"), ProjectPaths.decodeUrlPath("a%20b"));
        assertEquals(Optional.empty(), ProjectPaths.decodeUrlPath("100%.jpg"), "a bare % is no escape");
        assertEquals(Optional.empty(), ProjectPaths.decodeUrlPath("%zz"));
        assertEquals(Optional.empty(), ProjectPaths.decodeUrlPath("%C3"), "half a UTF-8 character");
    }

    @Test
    void namesWithSpacesOrUrlCharactersCannotGoInAnEpub() {
        assertEquals(Optional.of("it holds a space"), ProjectPaths.unsafeName("03 trois.xhtml"));
        assertTrue(ProjectPaths.unsafeName("a#b.jpg").isPresent());
        assertTrue(ProjectPaths.unsafeName("a%20b.jpg").isPresent());
        assertEquals(Optional.empty(), ProjectPaths.unsafeName("images/carte-été_2.svg"));
    }
}
