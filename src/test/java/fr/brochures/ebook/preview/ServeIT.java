package fr.brochures.ebook.preview;

import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.site.Chromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve} as an author uses it: the packaged tool started on a copy of a small book ({@code notes-and-figure}) on a
 * free port, its preview open in headless Chromium (driven through the DevTools protocol), files edited as an editor
 * saves them, and the page seen to change by itself within 2 s; a broken chapter shown over the last good page; stopped
 * as by Ctrl-C. Run by Failsafe after {@code package} ({@code mvn verify}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeIT {

    private static final Path TARGET = Path.of(System.getProperty("ebook-builder.target", "target"));
    /** What the issue asks: the new text in the page within 2 s of the save, without a reload by hand. */
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(2);
    private static final Duration START = Duration.ofSeconds(90);
    private static final String CHAPTER = "01-premier";

    @TempDir
    static Path work;
    static Path project;
    static ServeProcess serve;
    static DevTools browser;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startTheToolAndTheBrowser() throws Exception {
        Chromium chromium = Chromium.require();
        project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), work.resolve("project"));
        serve = ServeProcess.start(TARGET.resolve("ebook-builder.jar"), project, work.resolve("cache"), START);
        serve.next(line -> line.startsWith("out: Built in "), START);
        browser = DevTools.start(chromium.executable(), work);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (serve != null) {
            serve.close();
        }
    }

    private static Path chapter() {
        return project.resolve("book").resolve(CHAPTER + ".xhtml");
    }

    /** Saves {@code path} as editors do: a temporary file beside it, renamed over it. */
    private static void save(Path path, String text) throws IOException {
        Path temp = path.resolveSibling("." + path.getFileName() + ".swp-write");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void addToFirstParagraph(String words) throws IOException {
        String text = Files.readString(chapter(), StandardCharsets.UTF_8);
        int end = text.indexOf("</p>", text.indexOf("</header>"));
        save(chapter(), text.substring(0, end) + " " + words + text.substring(end));
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(serve.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void awaitRebuilt() throws InterruptedException {
        serve.next(line -> line.startsWith("out: Rebuilt in ") || line.startsWith("err: Build failed"), START);
    }

    @Test
    @Order(1)
    void aChangedChapterIsInTheEpubServed() throws Exception {
        addToFirstParagraph("Ajout numéro un.");
        awaitRebuilt();
        Document download = Jsoup.parse(new String(get("/").body(), StandardCharsets.UTF_8), serve.url().toString());
        String epub = download.select("a[href$=.epub]").stream().map(a -> a.attr("href")).filter(h -> !h.endsWith(".kepub.epub"))
                .findFirst().orElseThrow(() -> new AssertionError("the download page offers the EPUB: " + download.html()));
        HttpResponse<byte[]> book = get("/" + epub);
        assertEquals(200, book.statusCode());
        assertEquals("application/epub+zip", book.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(entry(book.body(), "OEBPS/" + CHAPTER + ".xhtml").contains("Ajout numéro un."), "the rebuilt chapter is in the EPUB served");
        HttpResponse<byte[]> kepub = get("/" + epub.replace(".epub", ".kepub.epub"));
        assertEquals("application/kepub+zip", kepub.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(entry(kepub.body(), "OEBPS/" + CHAPTER + ".xhtml").contains("Ajout"), "and in the Kobo edition");
    }

    @Test
    @Order(2)
    void aNewTitleShowsInTheOpenDownloadPageBySelf() throws Exception {
        DevTools.Page page = browser.open(serve.url());
        page.waitFor("document.querySelector('h1') && document.querySelector('h1').textContent", t -> t.contains("Petit livre"), START);
        page.evaluate("window.notReloaded = 'still the same page'");
        Path yaml = project.resolve("book").resolve("book.yaml");
        save(yaml, Files.readString(yaml, StandardCharsets.UTF_8).replace("title: Petit livre d’essai", "title: Grand livre d’aperçu"));
        DevTools.Waited seen = page.waitFor("document.querySelector('h1') && document.querySelector('h1').textContent",
                t -> t.contains("Grand livre d’aperçu"), SEEN_WITHIN);
        System.out.println("ServeIT: the new title was in the open page " + seen.after().toMillis() + " ms after the save");
        assertNull(page.evaluate("window.notReloaded"), "the page reloaded by itself");
        awaitRebuilt();
    }

    @Test
    @Order(3)
    void anEditedChapterShowsInItsOpenWebEditionPage() throws Exception {
        HttpResponse<byte[]> read = get("/read/" + CHAPTER + ".html");
        Assumptions.assumeTrue(read.statusCode() == 200, "the web edition (read/" + CHAPTER + ".html) is not among the site's outputs yet:"
                + " this test runs as soon as a renderer makes it (serve serves whatever the site holds)");
        DevTools.Page page = browser.open(serve.url().resolve("/read/" + CHAPTER + ".html"));
        page.waitFor("document.body && document.body.textContent", t -> t.contains("Ajout numéro un."), START);
        page.evaluate("window.notReloaded = 'still the same page'");
        addToFirstParagraph("Ajout numéro deux.");
        DevTools.Waited seen = page.waitFor("document.body && document.body.textContent", t -> t.contains("Ajout numéro deux."), SEEN_WITHIN);
        System.out.println("ServeIT: the new text was in the open chapter " + seen.after().toMillis() + " ms after the save");
        assertNull(page.evaluate("window.notReloaded"), "the page reloaded by itself");
        awaitRebuilt();
    }

    @Test
    @Order(4)
    void aBrokenChapterIsShownOverTheLastGoodPageAndInTheTerminal() throws Exception {
        DevTools.Page page = browser.open(serve.url());
        page.waitFor("document.querySelector('h1') && document.querySelector('h1').textContent", t -> t.contains("Grand livre"), START);
        String good = Files.readString(chapter(), StandardCharsets.UTF_8);
        save(chapter(), good.replaceFirst("</p>", ""));
        String problems = page.waitFor("(document.getElementById('ebook-preview-problems') || {}).textContent",
                t -> t.contains("book/" + CHAPTER + ".xhtml:"), SEEN_WITHIN.plusSeconds(3)).value();
        assertTrue(problems.contains("[XHTML-001]"), problems);
        assertTrue(page.evaluate("document.querySelector('h1').textContent").contains("Grand livre"), "the last good page is still shown");
        String terminal = serve.next(line -> line.startsWith("err: book/" + CHAPTER + ".xhtml:"), START);
        assertTrue(terminal.contains("error [XHTML-001]"), terminal);
        serve.next(line -> line.startsWith("err: Build failed"), START);

        save(chapter(), good);
        page.waitFor("String(document.getElementById('ebook-preview-problems'))", "null"::equals, SEEN_WITHIN.plusSeconds(3));
        awaitRebuilt();
    }

    @Test
    @Order(5)
    void itWroteNothingIntoTheProject() throws IOException {
        assertFalse(Files.exists(project.resolve("target")), "serve writes nothing: build publishes");
        try (var files = Files.list(project.resolve("book"))) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".")).toList(), "no temporary file left");
        }
    }

    @Test
    @Order(6)
    void ctrlCStopsItCleanly() throws Exception {
        URI url = serve.url();
        stopAsCtrlC(serve.pid());
        assertEquals(0, serve.waitFor(Duration.ofSeconds(20)), () -> String.join("\n", serve.printed()));
        assertTrue(serve.printed().contains("out: Preview stopped."), () -> String.join("\n", serve.printed()));
        assertTrue(serve.printed().stream().noneMatch(l -> l.contains("Exception") || l.contains("\tat ")), () -> String.join("\n", serve.printed()));
        assertThrows(ConnectException.class, () -> HTTP.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding()));
    }

    /**
     * Ctrl-C is SIGINT; a process started in the background of a shell without job control ignores it from birth (and
     * Java then keeps it ignored), so there SIGTERM, which the same shutdown hook answers, stands in.
     */
    private static void stopAsCtrlC(long pid) throws IOException, InterruptedException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        boolean interruptIgnored = true;
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("SigIgn:")) {
                    interruptIgnored = (Long.parseLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
                }
            }
        }
        String signal = interruptIgnored ? "-TERM" : "-INT";
        Process kill = new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill " + signal);
        System.out.println("ServeIT: stopped with SIG" + signal.substring(1));
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the book");
    }
}
