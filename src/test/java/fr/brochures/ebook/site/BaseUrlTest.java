package fr.brochures.ebook.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaseUrlTest {

    @Test
    void namesAFolderSoTheFinalSlashIsAdded() {
        assertEquals("https://example.org/livres/kazakhstan.epub", BaseUrl.parse("https://example.org/livres").resolve("kazakhstan.epub"));
        assertEquals("https://example.org/livres/kazakhstan.epub", BaseUrl.parse("https://example.org/livres/").resolve("kazakhstan.epub"));
        assertEquals("http://example.org/kazakhstan.epub", BaseUrl.parse("http://example.org").resolve("kazakhstan.epub"));
    }

    @Test
    void encodesFileNamesInTheAddress() {
        assertEquals("https://example.org/livres/mon%20livre.epub", BaseUrl.parse("https://example.org/livres/").resolve("mon livre.epub"));
    }

    @Test
    void acceptsOnlyWebAddressesOfAFolder() {
        for (String bad : new String[] {"", "  ", "example.org/livres", "ftp://example.org/", "https:///livres", "file:///tmp/site",
                "https://example.org/livres/?page=1", "https://example.org/#top", "https://exa mple.org/"}) {
            assertTrue(BaseUrl.problem(bad).isPresent(), bad);
            assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse(bad), bad);
        }
    }
}
