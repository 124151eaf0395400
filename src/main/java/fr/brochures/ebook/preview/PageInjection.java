package fr.brochures.ebook.preview;

import java.nio.charset.StandardCharsets;

/**
 * Puts the preview's own markup (the reload script, the build's problems) into a page as it is served: before the
 * page's last {@code </body>}, or at its end when it has none. The page's bytes are searched, not decoded: the tag is
 * ASCII, and the page's text is sent exactly as the build made it.
 */
final class PageInjection {

    private static final byte[] BODY_END = "</body".getBytes(StandardCharsets.US_ASCII);

    private PageInjection() {
    }

    /** The page with {@code snippet} (UTF-8) inserted. */
    static byte[] inject(byte[] page, String snippet) {
        byte[] insert = snippet.getBytes(StandardCharsets.UTF_8);
        int at = lastBodyEnd(page);
        if (at < 0) {
            at = page.length;
        }
        byte[] result = new byte[page.length + insert.length];
        System.arraycopy(page, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(page, at, result, at + insert.length, page.length - at);
        return result;
    }

    /** Where the last {@code </body} starts, in any case, or -1. */
    private static int lastBodyEnd(byte[] page) {
        for (int start = page.length - BODY_END.length; start >= 0; start--) {
            if (matchesAt(page, start)) {
                return start;
            }
        }
        return -1;
    }

    private static boolean matchesAt(byte[] page, int start) {
        for (int i = 0; i < BODY_END.length; i++) {
            byte b = page[start + i];
            if (b >= 'A' && b <= 'Z') {
                b = (byte) (b + ('a' - 'A'));
            }
            if (b != BODY_END[i]) {
                return false;
            }
        }
        return true;
    }
}
