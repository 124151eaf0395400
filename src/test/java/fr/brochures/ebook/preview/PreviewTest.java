package fr.brochures.ebook.preview;

import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview over HTTP, with a stand-in for the build (a page showing the text of {@code book/text.txt}; the text
 * {@code BROKEN} fails the build): what is served and how, the reload events, and the last good build kept over a
 * failed one with its problems shown.
 */
class PreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path project;
    private Path siteRoot;
    private Preview preview;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).followRedirects(HttpClient.Redirect.NORMAL).build();
    private final AtomicInteger runs = new AtomicInteger();
    private final BlockingQueue<Boolean> built = new LinkedBlockingQueue<>();
    private final List<String> crashes = new ArrayList<>();

    @BeforeEach
    void start() throws IOException, InterruptedException {
        Files.createDirectories(project.resolve("book"));
        Files.writeString(project.resolve("book").resolve("text.txt"), "first text");
        siteRoot = project.resolve("target").resolve("site");
        PreviewLog log = new PreviewLog() {
            @Override
            public void built(PreviewBuild.Outcome outcome, boolean first) {
                built.add(outcome.succeeded());
            }

            @Override
            public void crashed(RuntimeException failure) {
                crashes.add(failure.toString());
            }
        };
        preview = Preview.start(new PreviewSettings(project, siteRoot, "127.0.0.1", 0), this::build, log);
        assertEquals(Boolean.TRUE, built.poll(WAIT.toSeconds(), TimeUnit.SECONDS), "the first build");
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    /** The stand-in build: the site of a book whose only text is book/text.txt. */
    private PreviewBuild.Outcome build() {
        runs.incrementAndGet();
        String text;
        try {
            text = Files.readString(project.resolve("book").resolve("text.txt"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (text.contains("BROKEN")) {
            Problem problem = new Problem(MessageId.XHTML_001, Severity.ERROR, new Location("book/01-a.xhtml", 3, 7), "a <p> never closed");
            Problem note = new Problem(MessageId.PRJ_001, Severity.NOTE, Location.none(), "a note");
            return new PreviewBuild.Outcome(false, List.of(), List.of(problem, note), 0.01);
        }
        OutputFile epub = OutputFile.of(project.resolve("target").resolve("book.epub"), ("EPUB of " + text).getBytes(StandardCharsets.UTF_8));
        OutputFile page = OutputFile.of(siteRoot.resolve("index.html"),
                ("<!DOCTYPE html><html><head><title>t</title></head><body><h1>" + text + "</h1></body></html>").getBytes(StandardCharsets.UTF_8));
        OutputFile css = OutputFile.of(siteRoot.resolve("read").resolve("style.css"), "body { color: red }</body>".getBytes(StandardCharsets.UTF_8));
        OutputFile contents = OutputFile.of(siteRoot.resolve("read").resolve("index.html"), "<p>contents</p>".getBytes(StandardCharsets.UTF_8));
        return new PreviewBuild.Outcome(true, List.of(new Output("epub", epub, List.of(epub), Map.of()),
                new Output("site", page, List.of(epub.copyTo(siteRoot.resolve("book.epub")), css, contents, page), Map.of())),
                List.of(), 0.01);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(preview.url().resolve(path)).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> request(String method, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(preview.url().resolve(path)).timeout(WAIT).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private Document page(String path) throws IOException, InterruptedException {
        return Jsoup.parse(new String(get(path).body(), StandardCharsets.UTF_8));
    }

    private void save(String text) throws IOException, InterruptedException {
        Files.writeString(project.resolve("book").resolve("text.txt"), text);
    }

    @Test
    void listensOnLoopbackOnTheChosenPort() {
        assertEquals("127.0.0.1", preview.url().getHost());
        assertTrue(preview.url().getPort() > 0);
    }

    @Test
    void servesTheSiteWithItsTypesNeverCached() throws Exception {
        HttpResponse<byte[]> index = get("/");
        assertEquals(200, index.statusCode());
        assertEquals("text/html; charset=utf-8", index.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", index.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("first text", Jsoup.parse(new String(index.body(), StandardCharsets.UTF_8)).selectFirst("h1").text());

        HttpResponse<byte[]> epub = get("/book.epub");
        assertEquals("application/epub+zip", epub.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", epub.headers().firstValue("Cache-Control").orElseThrow());
        assertArrayEquals("EPUB of first text".getBytes(StandardCharsets.UTF_8), epub.body());

        HttpResponse<byte[]> css = get("/read/style.css");
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("body { color: red }</body>", new String(css.body(), StandardCharsets.UTF_8), "only pages get the script");

        assertEquals(200, get("/read/").statusCode());
        HttpResponse<byte[]> folder = get("/read");
        assertEquals(200, folder.statusCode(), "followed to /read/");
        assertEquals("/read/", folder.uri().getPath());
    }

    @Test
    void pagesGetTheReloadScriptOfTheirGeneration() throws Exception {
        Document page = page("/");
        var script = page.selectFirst("body > script[data-ebook-preview]");
        assertNotNull(script, page::html);
        assertEquals(PreviewAssets.SCRIPT, script.attr("src"));
        assertEquals(EventStream.PATH, script.attr("data-events"));
        assertEquals(preview.url().getPath(), "/");
        HttpResponse<byte[]> js = get(script.attr("src"));
        assertEquals(200, js.statusCode());
        assertEquals("text/javascript; charset=utf-8", js.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(new String(js.body(), StandardCharsets.UTF_8).contains("location.reload()"));
        assertNull(page.getElementById("ebook-preview-problems"), "no problems shown after a good build");
    }

    @Test
    void headGetPostAndWhatIsNotThere() throws Exception {
        HttpResponse<byte[]> head = request("HEAD", "/book.epub");
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals("18", head.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(405, request("POST", "/").statusCode());
        assertEquals(405, request("PUT", "/book.epub").statusCode());

        for (String missing : List.of("/nothing.html", "/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/target/book.epub",
                "/..%2fbook.epub", "/_preview/../book.epub")) {
            HttpResponse<byte[]> response = get(missing);
            assertTrue(response.statusCode() == 404 || response.statusCode() == 400, missing + ": " + response.statusCode());
        }
        Document notFound = page("/nothing.html");
        assertEquals("Not in the preview", notFound.title());
        assertTrue(notFound.text().contains("'nothing.html'"), notFound::text);
        assertNotNull(notFound.selectFirst("script[data-ebook-preview]"), "a 404 page reloads too: the file may come with the next build");
        assertEquals(404, get("/_preview/nothing.js").statusCode());
    }

    @Test
    void aSaveRebuildsAndTellsThePages() throws Exception {
        try (EventReader events = new EventReader(preview.url().resolve(EventStream.PATH))) {
            String first = events.next();
            assertEquals(first, page("/").selectFirst("script[data-ebook-preview]").attr("data-ebook-preview"),
                    "a page connecting is told the generation at once");
            save("second text");
            String second = events.next();
            assertNotEquals(first, second);
            assertEquals("second text", page("/").selectFirst("h1").text());
            assertEquals(second, page("/").selectFirst("script[data-ebook-preview]").attr("data-ebook-preview"));
        }
    }

    @Test
    void aFailedBuildKeepsTheLastGoodPagesAndShowsItsProblems() throws Exception {
        try (EventReader events = new EventReader(preview.url().resolve(EventStream.PATH))) {
            String good = events.next();
            save("BROKEN text");
            String failed = events.next();
            assertNotEquals(good, failed, "a failed build is told too: the pages reload to show its problems");
            assertEquals(Boolean.FALSE, built.poll(WAIT.toSeconds(), TimeUnit.SECONDS));

            Document page = page("/");
            assertEquals("first text", page.selectFirst("h1").text(), "the last good build is still served");
            var problems = page.getElementById("ebook-preview-problems");
            assertNotNull(problems, page::html);
            assertTrue(problems.text().contains("book/01-a.xhtml:3:7"), problems::text);
            assertTrue(problems.text().contains("[XHTML-001]"), problems::text);
            assertTrue(problems.text().contains("a <p> never closed"), "escaped, shown as text: " + problems.html());
            assertFalse(problems.text().contains("a note"), "notes are not why a build failed");
            assertEquals(failed, page.selectFirst("script[data-ebook-preview]").attr("data-ebook-preview"));
            assertTrue(page.selectFirst("link[href=" + PreviewAssets.STYLESHEET + "]") != null);
            assertEquals("EPUB of first text", new String(get("/book.epub").body(), StandardCharsets.UTF_8));

            save("fixed text");
            assertNotEquals(failed, events.next());
            Document fixed = page("/");
            assertEquals("fixed text", fixed.selectFirst("h1").text());
            assertNull(fixed.getElementById("ebook-preview-problems"));
        }
    }

    @Test
    void closingEndsTheStreamsAndTheServer() throws Exception {
        try (EventReader events = new EventReader(preview.url().resolve(EventStream.PATH))) {
            events.next();
            preview.close();
            assertNull(events.nextLine(), "the stream ended");
        }
        assertFalse(crashes.size() > 0, crashes::toString);
        assertThrowsIo(() -> get("/"));
    }

    private static void assertThrowsIo(Call call) {
        try {
            call.run();
        } catch (IOException | InterruptedException e) {
            return;
        }
        throw new AssertionError("the server still answers");
    }

    private interface Call {
        void run() throws IOException, InterruptedException;
    }
}
