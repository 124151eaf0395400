package fr.brochures.ebook.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QrCodeTest {

    private static final String URL = "https://example.org/livres/kazakhstan.epub";

    @Test
    void imageDecodesBackToTheText() {
        QrCode qr = QrCode.of(URL);
        assertEquals(URL, QrImages.decode(qr.toImage(4)).orElseThrow());
    }

    @Test
    void svgDecodesBackToTheText() {
        QrCode qr = QrCode.of(URL);
        assertEquals(URL, QrImages.decode(QrImages.rasterize(qr.toSvg(5), 4)).orElseThrow());
    }

    @Test
    void keepsTheQuietZoneTheStandardAsksFor() {
        QrCode qr = QrCode.of(URL);
        for (int i = 0; i < qr.size(); i++) {
            for (int border = 0; border < QrCode.QUIET_ZONE; border++) {
                assertFalse(qr.dark(i, border) || qr.dark(border, i) || qr.dark(i, qr.size() - 1 - border) || qr.dark(qr.size() - 1 - border, i));
            }
        }
        assertTrue(qr.dark(QrCode.QUIET_ZONE, QrCode.QUIET_ZONE), "a finder pattern starts right after the quiet zone");
    }

    @Test
    void svgIsAStandaloneFileWithCrispEdgesAndTheTextAsTitle() {
        String svg = QrCode.of("https://example.org/a?b=1&c=<2>").toSvg(5);
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.contains("shape-rendering=\"crispEdges\""));
        assertTrue(svg.contains("<title>https://example.org/a?b=1&amp;c=&lt;2&gt;</title>"));
    }

    @Test
    void accentedAddressesSurviveAsUtf8() {
        String url = "https://example.org/livres/récits.epub";
        assertEquals(url, QrImages.decode(QrCode.of(url).toImage(4)).orElseThrow());
    }
}
