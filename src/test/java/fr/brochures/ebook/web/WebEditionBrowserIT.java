package fr.brochures.ebook.web;

import com.fasterxml.jackson.databind.JsonNode;
import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.site.Chromium;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The brochure's web edition and download page as readers' browsers show them: headless Chromium, driven by the node
 * script of {@code src/test/browser/} (playwright-core, axe-core), visits every page of {@code read/} and the download
 * page, and each test here judges one thing it saw. Screenshots of a chapter on a phone (day, night, a note open) are
 * left in {@code target/screenshots/}.
 */
class WebEditionBrowserIT {

    private static final Path TARGET = Path.of(System.getProperty("ebook-builder.target", "target"));

    @TempDir
    static Path work;
    static WebBuild build;
    static JsonNode seen;

    @BeforeAll
    static void visitEveryPage() throws IOException, InterruptedException {
        Chromium chromium = Chromium.require();
        BrowserScript script = BrowserScript.require(TARGET);
        build = WebBuild.of(TestBooks.brochure(), work);
        seen = script.check(build.site, chromium.executable(), TARGET.resolve("screenshots"));
        System.out.println("axe-core " + seen.path("axeVersion").asText() + ", its default rules and all "
                + seen.path("axeRules").asInt() + " WCAG 2.x A and AA rules, on " + seen.path("pages").size()
                + " pages by day and by night: " + byImpact());
    }

    @Test
    void axeFindsNoCriticalOrSeriousViolation() {
        List<String> grave = new ArrayList<>();
        for (JsonNode violation : seen.path("axe")) {
            String impact = violation.path("impact").asText();
            if (violation.path("kind").asText().equals("violation") && (impact.equals("critical") || impact.equals("serious"))) {
                grave.add(violation.path("id").asText() + " (" + impact + ", " + violation.path("help").asText() + ") on "
                        + violation.path("page").asText() + ", " + violation.path("scheme").asText() + " colours: "
                        + texts(violation.path("targets")));
            }
        }
        assertTrue(grave.isEmpty(), "axe-core found critical or serious violations:\n" + String.join("\n", grave));
        List<String> audited = new ArrayList<>();
        for (String page : pagesOnDisk()) {
            boolean notes = hasNotes(page);
            audited.add(page + ", light");
            if (notes) {
                audited.add(page + " (note open), light");
            }
            audited.add(page + ", dark");
            if (notes) {
                audited.add(page + " (note open), dark");
            }
        }
        assertEquals(audited, texts(seen.path("audited")), "axe-core ran on every page, by day and by night, and with a note open");
    }

    @Test
    void everyPageFitsAPhone390PxWide() {
        assertEquals(pagesOnDisk(), pagesOf(seen.path("widths")), "every page was measured");
        List<String> wide = new ArrayList<>();
        for (JsonNode page : seen.path("widths")) {
            int scroll = page.path("scrollWidth").asInt();
            int client = page.path("clientWidth").asInt();
            assertEquals(390, client, page.path("page").asText() + " was measured at 390 px");
            if (scroll > client) {
                wide.add(page.path("page").asText() + ": " + scroll + " px wide in a " + client + " px window");
            }
        }
        assertTrue(wide.isEmpty(), "pages that scroll sideways on a phone:\n" + String.join("\n", wide));
    }

    @Test
    void tabReachesEveryLinkAndButtonInOrder() {
        assertEquals(pagesOnDisk(), pagesOf(seen.path("tabbing")), "every page was tabbed through");
        List<String> problems = new ArrayList<>();
        for (JsonNode page : seen.path("tabbing")) {
            String name = page.path("page").asText();
            assertTrue(page.path("present").asInt() > 0, name + " has links");
            if (!page.path("missing").isEmpty()) {
                problems.add(name + ": Tab from the top never reached " + texts(page.path("missing")) + " ("
                        + page.path("reached").asInt() + " of " + page.path("present").asInt() + " links and buttons reached)");
            }
            if (page.path("outOfOrder").asBoolean()) {
                problems.add(name + ": Tab does not follow the page's order");
            }
        }
        assertTrue(problems.isEmpty(), "keyboard navigation:\n" + String.join("\n", problems));
    }

    @Test
    void aNoteReferenceOpensItsPopUpWithTheKeyboardAndATap() {
        List<String> withNotes = pagesOnDisk().stream().filter(WebEditionBrowserIT::hasNotes).toList();
        assertFalse(withNotes.isEmpty(), "the brochure has note references");
        Map<String, List<String>> tried = new TreeMap<>();
        for (JsonNode note : seen.path("notes")) {
            tried.computeIfAbsent(note.path("how").asText(), how -> new ArrayList<>()).add(note.path("page").asText());
            assertPopupWorked(note);
        }
        assertEquals(Map.of("keyboard", withNotes, "tap", withNotes), tried, "a note was opened on every page that has some");
    }

    @Test
    void theNightButtonSwitchesTheColoursAndIsRemembered() {
        JsonNode night = seen.path("night");
        assertEquals(List.of("light", "dark"), texts(night.findValues("system")), "tried with the system light, then dark");
        for (JsonNode run : night) {
            String system = run.path("system").asText();
            String chosen = system.equals("light") ? "dark" : "light";
            String where = "(system " + system + ", " + run.path("first").asText() + ")";
            assertTrue(run.path("before").path("theme").isNull(), "no choice made yet " + where);
            assertEquals(system.equals("dark") ? "true" : "false", run.path("before").path("pressed").asText(),
                    "the button shows whether night is on " + where);
            assertNotEquals(run.path("before").path("background").asText(), run.path("after").path("background").asText(),
                    "the button changes the page's background " + where);
            assertEquals(chosen, run.path("after").path("theme").asText(), "data-theme set " + where);
            assertEquals(system.equals("light") ? "true" : "false", run.path("after").path("pressed").asText(),
                    "the button's state follows " + where);
            assertEquals(system.equals("light"), luminance(run.path("after").path("background").asText())
                    < luminance(run.path("before").path("background").asText()), "night is the darker one " + where);
            assertEquals(chosen, run.path("stored").asText(), "the choice is in localStorage " + where);
            assertEquals(chosen, run.path("next").path("theme").asText(), run.path("second").asText()
                    + " loaded next keeps the choice " + where);
            assertEquals(run.path("after").path("background").asText(), run.path("next").path("background").asText(),
                    run.path("second").asText() + " loaded next has the chosen colours " + where);
        }
    }

    @Test
    void aPageWorksFromFileAndNothingComesFromElsewhere() {
        JsonNode fromFile = seen.path("fileUrl");
        assertFalse(fromFile.isNull() || fromFile.isMissingNode(), "a chapter with notes was opened from file://");
        assertTrue(fromFile.path("opened").path("url").asText().startsWith("file:"), "opened from file://");
        assertPopupWorked(fromFile);
        assertEquals(Set.of(), new TreeSet<>(texts(seen.path("requests").path("foreign"))),
                "loaded from elsewhere than the site's server or files");
        assertEquals(Set.of(), new TreeSet<>(texts(seen.path("requests").path("failed"))), "requests that failed");
    }

    private static void assertPopupWorked(JsonNode note) {
        String where = note.path("page").asText() + " (" + note.path("how").asText() + ")";
        JsonNode opened = note.path("opened");
        JsonNode closed = note.path("closed");
        assertTrue(opened.path("open").asBoolean(), "the note's pop-up opened on " + where + ", not the notes page: "
                + opened.path("url").asText());
        assertEquals(opened.path("expectedTitle").asText(), opened.path("title").asText(), "the pop-up's title on " + where);
        assertTrue(opened.path("textLength").asInt() > 0, "the pop-up holds the note's text on " + where);
        assertTrue(opened.path("focusInPopup").asBoolean(), "the focus moved into the pop-up on " + where);
        assertFalse(closed.path("open").asBoolean(), "the pop-up closed on " + where);
        assertEquals(opened.path("url").asText(), closed.path("url").asText(), "still on the page on " + where);
        assertTrue(closed.path("focusOnReference").asBoolean(), "the focus went back to the note reference on " + where);
    }

    /** index.html and every page of read/, as the node script names them. */
    private static List<String> pagesOnDisk() {
        try (Stream<Path> files = Files.list(build.read)) {
            return Stream.concat(Stream.of("index.html"), files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".html")).sorted().map(name -> "read/" + name)).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean hasNotes(String page) {
        try {
            return !Jsoup.parse(build.site.resolve(page).toFile(), "UTF-8").select("a[role~=doc-noteref]").isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> pagesOf(JsonNode entries) {
        return texts(entries.findValues("page"));
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        return StreamSupport.stream(nodes.spliterator(), false).map(JsonNode::asText).toList();
    }

    /** axe-core's findings counted by kind (violation, or incomplete: left for people to decide) and impact. */
    private static Map<String, Long> byImpact() {
        return StreamSupport.stream(seen.path("axe").spliterator(), false)
                .collect(Collectors.groupingBy(v -> v.path("kind").asText() + " " + v.path("impact").asText(), TreeMap::new,
                        Collectors.counting()));
    }

    /** Enough to tell dark from light: the mean of an {@code rgb(r, g, b)}'s channels. */
    private static double luminance(String rgb) {
        String[] channels = rgb.replaceAll("[^0-9,]", "").split(",");
        return (Integer.parseInt(channels[0]) + Integer.parseInt(channels[1]) + Integer.parseInt(channels[2])) / 3.0;
    }
}
