package fr.brochures.ebook.images;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgPreparationTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";

    @TempDir
    Path dir;

    private final BuildReport report = new BuildReport();

    private PreparedImage prepare(String svg) throws IOException {
        Path file = dir.resolve("map.svg");
        Files.writeString(file, svg, StandardCharsets.UTF_8);
        return new ImagePreparer(report, 1600).prepare(file, "book/images/map.svg");
    }

    @Test
    void aCleanDrawingIsEmbeddedByteForByte() throws IOException {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + OPEN
                + "<title>Map</title><defs><linearGradient id=\"g\"/></defs><rect width=\"10\" height=\"5\" fill=\"url(#g)\"/>"
                + "<use xlink:href=\"#g\"/><text x=\"1\" y=\"9\">Almaty</text></svg>\n";
        PreparedImage prepared = prepare(svg);
        assertNotNull(prepared, () -> report.problems().toString());
        assertArrayEquals(svg.getBytes(StandardCharsets.UTF_8), prepared.data());
        assertEquals("image/svg+xml", prepared.mediaType());
        assertEquals(0, prepared.width());
    }

    @Test
    void editorMetadataAndCommentsAreStripped() throws IOException {
        String svg = "<?xml version=\"1.0\"?>\n<!-- Created with Inkscape by alice -->\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""
                + " xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\""
                + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " sodipodi:docname=\"/home/alice/secret/map.svg\" inkscape:version=\"1.3\" viewBox=\"0 0 10 10\">"
                + "<metadata><rdf:RDF><dc:creator>Alice Secret</dc:creator></rdf:RDF></metadata>"
                + "<sodipodi:namedview inkscape:window-width=\"1920\"/>"
                + "<g inkscape:label=\"Layer 1\" inkscape:groupmode=\"layer\"><title>Steppe</title><rect width=\"10\" height=\"10\"/></g></svg>";
        PreparedImage prepared = prepare(svg);
        assertNotNull(prepared, () -> report.problems().toString());
        String out = new String(prepared.data(), StandardCharsets.UTF_8);
        for (String gone : new String[] {"inkscape", "sodipodi", "alice", "Alice", "metadata", "rdf", "dc:", "Created with"}) {
            assertFalse(out.contains(gone), gone + " in " + out);
        }
        assertTrue(out.contains("<title>Steppe</title>") && out.contains("<rect"), out);
        assertTrue(out.contains("xmlns=\"http://www.w3.org/2000/svg\""), out);
        assertTrue(prepared.bytesSaved() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT xmlns=\"http://www.w3.org/2000/svg\">alert(1)</SCRIPT>",
            "<rect onload=\"alert(1)\"/>",
            "<rect onClick=\"alert(1)\"/>",
            "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">hi</p></foreignObject>",
            "<image href=\"https://tracker.example/pixel.png\"/>",
            "<image xlink:href=\"http://example.org/a.png\"/>",
            "<image xlink:href=\"file:///etc/passwd\"/>",
            "<a href=\" java\tscript:alert(1)\"><rect/></a>",
            "<image href=\"../../secret.png\"/>",
            "<image href=\"/etc/hosts\"/>",
            "<image href=\"data:image/jpeg;base64,/9j/4AAQ\"/>",
            "<rect style=\"fill: url('http://example.org/p.svg#x')\"/>",
            "<style>@import url(https://fonts.example/f.css);</style>",
            "<rect fill=\"url(http://example.org/p.svg#x)\"/>",
            "<a><set attributeName=\"xlink:href\" to=\"javascript:alert(1)\"/></a>",
            "<g xml:base=\"http://example.org/\"><image href=\"a.png\"/></g>",
    })
    void activeOrOutsideContentIsRefused(String body) throws IOException {
        assertNull(prepare(OPEN + body + "</svg>"));
        assertTrue(report.has(MessageId.IMG_009), report.problems()::toString);
    }

    @Test
    void anXmlStylesheetInstructionIsRefused() throws IOException {
        assertNull(prepare("<?xml-stylesheet href=\"http://example.org/s.css\"?>" + OPEN + "</svg>"));
        assertTrue(report.has(MessageId.IMG_009));
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        PreparedImage prepared = prepare("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + OPEN + "<text>&x;</text></svg>");
        assertNull(prepared);
        assertTrue(report.has(MessageId.IMG_009), report.problems()::toString);
    }

    @Test
    void anEntityBombIsRefusedQuickly() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE svg [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        long start = System.nanoTime();
        assertNull(prepare(doctype + OPEN + "<text>&a9;</text></svg>"));
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
        assertTrue(report.has(MessageId.IMG_007), report.problems()::toString);
    }

    @Test
    void harmlessInternalEntitiesAreExpandedAndTheDoctypeDropped() throws IOException {
        PreparedImage prepared = prepare("<!DOCTYPE svg [<!ENTITY city \"Almaty\">]>" + OPEN + "<text>&city;</text></svg>");
        assertNotNull(prepared, () -> report.problems().toString());
        String out = new String(prepared.data(), StandardCharsets.UTF_8);
        assertTrue(out.contains("<text>Almaty</text>") && !out.contains("DOCTYPE"), out);
    }

    @Test
    void malformedXmlCannotBeDecoded() throws IOException {
        assertNull(prepare(OPEN + "<rect></svg>"));
        assertTrue(report.has(MessageId.IMG_007));
        assertTrue(report.problems().get(0).text().contains("line 1"), report.problems().get(0).text());
    }

    @Test
    void theBrochureMapIsEmbeddedAsItIs() throws IOException {
        Path map = Path.of("book/images/carte-kazakhstan.svg");
        if (Files.exists(map)) {
            PreparedImage prepared = new ImagePreparer(report, 1600).prepare(map, "book/images/carte-kazakhstan.svg");
            assertNotNull(prepared, () -> report.problems().toString());
            assertArrayEquals(Files.readAllBytes(map), prepared.data());
        }
    }
}
