package fr.brochures.ebook.preview;

import com.sun.net.httpserver.HttpServer;
import fr.brochures.ebook.pages.PageRenderer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live preview of a book project: builds it in memory, serves the last good build's site over HTTP (the JDK's
 * server), watches the sources, rebuilds when one is saved, and tells the open pages to reload. Nothing is written: the
 * files served are the build's, in memory; a failed build leaves the last good one served, with its problems shown over
 * the pages and told to the {@link PreviewLog}.
 *
 * <pre>
 * save ─▶ ProjectWatcher ─▶ Debouncer (quiet 50 ms) ─▶ Rebuilder ─▶ PreviewBuild ─▶ state ─▶ EventStream ─▶ page reloads
 *                                                                                      └──▶ SiteHandler serves it
 * </pre>
 */
public final class Preview implements AutoCloseable {

    /** How long the sources must be still before a build starts: an editor's save is a burst of a few milliseconds. */
    static final Duration QUIET = Duration.ofMillis(50);
    /** The longest a build waits for changes that never pause (a folder being copied in). */
    static final Duration LONGEST_WAIT = Duration.ofMillis(1000);
    /** How often idle pages are sent a comment: finds pages that were closed, keeps proxies from closing the stream. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final int HTTP_THREADS = 4;

    private final HttpServer server;
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(HTTP_THREADS, Threads.daemon("ebook-preview-http"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(Threads.daemon("ebook-preview-timer"));
    private final EventStream events;
    private final Rebuilder rebuilder;
    private final Path siteRoot;
    private final PreviewLog log;
    /** Told apart from an earlier preview's pages: those reload from this one when they connect to it. */
    private final String instance = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong builds = new AtomicLong();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile PreviewState state;
    private ProjectWatcher watcher;

    private Preview(PreviewSettings settings, PreviewBuild build, PreviewLog log) throws IOException {
        this.siteRoot = settings.siteRoot();
        this.log = log;
        this.state = PreviewState.building(instance + "-0");
        this.events = new EventStream(() -> state.generation());
        this.rebuilder = new Rebuilder(build, this::built, this::crashed);
        // bound before anything else: a port in use is said at once, before a build
        this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
        PreviewPages pages = new PreviewPages(new PageRenderer());
        server.createContext("/", new SiteHandler(() -> state, pages));
        server.createContext(PreviewAssets.PREFIX, new PreviewAssets());
        server.createContext(EventStream.PATH, events);
        server.setExecutor(httpThreads);
    }

    /**
     * Starts the preview of the project in {@code settings}: listens (an {@link IOException} when it cannot, such as a
     * port in use), watches the sources and starts the first build; the pages say the book is being built until then.
     */
    public static Preview start(PreviewSettings settings, PreviewBuild build, PreviewLog log) throws IOException {
        Preview preview = new Preview(settings, build, log);
        try {
            Debouncer debouncer = new Debouncer(preview.timers, QUIET, LONGEST_WAIT, preview.rebuilder::request);
            preview.watcher = ProjectWatcher.start(settings.projectDir(), debouncer::signal);
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        preview.server.start();
        preview.timers.scheduleAtFixedRate(preview.events::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        preview.rebuilder.request();
        return preview;
    }

    /** The address of the download page, with the port the system chose when asked for any. */
    public URI url() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** Waits until the preview is closed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    private void built(PreviewBuild.Outcome outcome) {
        if (closed.getCount() == 0) {
            return;
        }
        long number = builds.incrementAndGet();
        String generation = instance + "-" + number;
        PreviewState before = state;
        state = outcome.succeeded() ? before.succeeded(generation, ServedFiles.under(siteRoot, outcome.outputs()))
                : before.failed(generation, outcome.problems());
        // the terminal first: the page's reload comes from a build already told
        log.built(outcome, number == 1);
        events.publish(generation);
    }

    private void crashed(RuntimeException failure) {
        if (closed.getCount() > 0) {
            log.crashed(failure);
        }
    }

    /** Stops listening, watching and building (a build under way may end, unseen); open pages' streams end. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        closed.countDown();
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // the watcher's thread ends with its service, closed or not
        }
        timers.shutdownNow();
        rebuilder.stop(5);
        events.close();
        server.stop(0);
        httpThreads.shutdownNow();
    }
}
