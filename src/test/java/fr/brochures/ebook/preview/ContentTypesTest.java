package fr.brochures.ebook.preview;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentTypesTest {

    @Test
    void theKindsOfABooksSite() {
        assertEquals("text/html; charset=utf-8", ContentTypes.of("index.html"));
        assertEquals("text/html; charset=utf-8", ContentTypes.of("read/01-introduction.HTML"));
        assertEquals("application/xhtml+xml; charset=utf-8", ContentTypes.of("a.xhtml"));
        assertEquals("text/css; charset=utf-8", ContentTypes.of("read/style.css"));
        assertEquals("text/javascript; charset=utf-8", ContentTypes.of("reload.js"));
        assertEquals("image/svg+xml", ContentTypes.of("qr-code.svg"));
        assertEquals("image/jpeg", ContentTypes.of("cover.jpg"));
        assertEquals("image/jpeg", ContentTypes.of("photo.JPEG"));
        assertEquals("image/png", ContentTypes.of("map.png"));
        assertEquals("application/epub+zip", ContentTypes.of("kazakhstan.epub"));
        assertEquals("application/kepub+zip", ContentTypes.of("kazakhstan.kepub.epub"));
        assertEquals("text/plain; charset=utf-8", ContentTypes.of("kazakhstan.epub.sha256"));
        assertEquals("application/xml; charset=utf-8", ContentTypes.of("catalog.xml"), "the OPDS catalogue");
    }

    @Test
    void unknownKindsAreDownloadedNotGuessed() {
        assertEquals(ContentTypes.UNKNOWN, ContentTypes.of("README"));
        assertEquals(ContentTypes.UNKNOWN, ContentTypes.of("folder.d/README"));
        assertEquals(ContentTypes.UNKNOWN, ContentTypes.of("archive.xyz"));
    }

    @Test
    void onlyPagesGetTheScript() {
        assertTrue(ContentTypes.isPage(ContentTypes.of("index.html")));
        assertTrue(ContentTypes.isPage(ContentTypes.of("a.xhtml")));
        assertFalse(ContentTypes.isPage(ContentTypes.of("qr-code.svg")));
        assertFalse(ContentTypes.isPage(ContentTypes.of("style.css")));
    }
}
