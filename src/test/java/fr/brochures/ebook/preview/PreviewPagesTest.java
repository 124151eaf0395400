package fr.brochures.ebook.preview;

import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's markup from its templates: the script of a generation, the problems of a failed build, its own pages. */
class PreviewPagesTest {

    private static final PreviewPages PAGES = new PreviewPages(new PageRenderer());
    private static final Problem ERROR = new Problem(MessageId.XHTML_001, Severity.ERROR, new Location("book/01-a.xhtml", 12, 4),
            "<b> & \"quotes\"");
    private static final Problem WARNING = new Problem(MessageId.XHTML_001, Severity.WARNING, Location.of("styles/book.css"), "w");

    private static Document snippet(PreviewState state) {
        return Jsoup.parseBodyFragment(PAGES.snippet(state));
    }

    @Test
    void aGoodBuildGetsTheScriptAlone() {
        Document snippet = snippet(PreviewState.building("g-0").succeeded("g-1", ServedFiles.none()));
        Element script = snippet.selectFirst("script");
        assertEquals("/_preview/reload.js", script.attr("src"));
        assertEquals("g-1", script.attr("data-ebook-preview"));
        assertEquals("/_preview/events", script.attr("data-events"));
        assertNull(snippet.getElementById("ebook-preview-problems"));
    }

    @Test
    void aFailedBuildShowsWhereAndWhat() {
        Document snippet = snippet(PreviewState.building("g-0").failed("g-1", List.of(ERROR, WARNING)));
        Element problems = snippet.getElementById("ebook-preview-problems");
        assertNotNull(problems);
        assertEquals("alert", problems.attr("role"));
        assertEquals("The last build failed: 2 problems", problems.selectFirst("h2").text());
        List<String> items = problems.select("li").eachText();
        assertEquals(2, items.size());
        assertTrue(items.get(0).startsWith("book/01-a.xhtml:12:4 error [XHTML-001] Malformed XHTML: <b> & \"quotes\"."), items.get(0));
        assertTrue(items.get(1).startsWith("styles/book.css warning [XHTML-001]"), items.get(1));
        assertEquals("g-1", snippet.selectFirst("script").attr("data-ebook-preview"));
    }

    @Test
    void theSnippetIsWellFormedForXhtmlPages() {
        String snippet = PAGES.snippet(PreviewState.building("g-0").failed("g-1", List.of(ERROR)));
        Document xml = Jsoup.parse("<div>" + snippet.replaceAll("(?m)^##.*$", "") + "</div>", "", Parser.xmlParser());
        assertEquals(1, xml.select("aside").size());
        assertTrue(!snippet.contains("<b>"), "values escaped");
    }

    @Test
    void itsOwnPages() {
        PreviewState building = PreviewState.building("g-0");
        Document waiting = Jsoup.parse(new String(PAGES.notBuiltYet(building), StandardCharsets.UTF_8));
        assertEquals("No preview yet", waiting.title());
        assertTrue(waiting.text().contains("being built"), waiting::text);
        assertNotNull(waiting.selectFirst("body > script[data-ebook-preview=g-0]"), waiting::html);

        Document failed = Jsoup.parse(new String(PAGES.notBuiltYet(building.failed("g-1", List.of(ERROR))), StandardCharsets.UTF_8));
        assertTrue(failed.text().contains("has not built yet"), failed::text);
        assertTrue(failed.getElementById("ebook-preview-problems").text().contains("book/01-a.xhtml:12:4"));

        Document missing = Jsoup.parse(new String(PAGES.notFound("read/<x>.html", building), StandardCharsets.UTF_8));
        assertEquals("Not in the preview", missing.title());
        assertTrue(missing.text().contains("'read/<x>.html'"), missing::text);
        assertEquals("/", missing.selectFirst("main a").attr("href"));
    }
}
