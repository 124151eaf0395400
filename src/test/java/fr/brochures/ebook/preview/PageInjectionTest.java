package fr.brochures.ebook.preview;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the preview's markup goes into a served page, and that the page's own bytes are kept. */
class PageInjectionTest {

    private static String inject(String page) {
        return new String(PageInjection.inject(page.getBytes(StandardCharsets.UTF_8), "<script/>"), StandardCharsets.UTF_8);
    }

    @Test
    void beforeTheLastBodyEnd() {
        assertEquals("<html><body><p>« Récit »</p>\n<script/></body>\n</html>\n", inject("<html><body><p>« Récit »</p>\n</body>\n</html>\n"));
    }

    @Test
    void anyCaseAndOnlyTheLastOne() {
        assertEquals("<BODY><pre>&lt;/body></pre><script/></BODY >", inject("<BODY><pre>&lt;/body></pre></BODY >"));
        assertEquals("<p>\"</body>\" in a comment</p><!-- </body> --><script/></Body>",
                inject("<p>\"</body>\" in a comment</p><!-- </body> --></Body>"));
    }

    @Test
    void atTheEndOfAPageWithoutBodyEnd() {
        assertEquals("<!DOCTYPE html><title>t</title><p>text<script/>", inject("<!DOCTYPE html><title>t</title><p>text"));
        assertEquals("<script/>", inject(""));
    }

    @Test
    void bytesThatAreNotTextAreKept() {
        byte[] page = {(byte) 0xC3, (byte) 0xA9, '<', '/', 'b', 'o', 'd', 'y', '>', (byte) 0xFF};
        byte[] result = PageInjection.inject(page, "é");
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) 0xC3, (byte) 0xA9, '<', '/', 'b', 'o', 'd', 'y', '>', (byte) 0xFF}, result);
    }
}
