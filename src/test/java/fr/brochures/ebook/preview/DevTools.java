package fr.brochures.ebook.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Headless Chromium driven through the Chrome DevTools protocol (https://chromedevtools.github.io/devtools-protocol/)
 * over the JDK's WebSocket client: open a page, read what it shows by evaluating JavaScript in it. Nothing is
 * downloaded: the browser is the system's ({@code site.Chromium}); its JSON is read by Jackson, which the tool's
 * EPUBCheck brings.
 */
final class DevTools implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration ANSWER = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();

    private DevTools(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts the browser with a fresh profile in {@code work}, listening for the protocol on a port it chooses. */
    static DevTools start(Path chromium, Path work) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-devtools");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
                "--disable-extensions", "--no-first-run", "--no-default-browser-check", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("chromium-devtools.log").toFile()).start();
        // Chromium writes the port it chose and the browser's path into the profile once it listens
        Path active = profile.resolve("DevToolsActivePort");
        long end = System.nanoTime() + START.toNanos();
        List<String> lines = List.of();
        while (System.nanoTime() < end && process.isAlive()) {
            if (Files.isRegularFile(active)) {
                lines = Files.readAllLines(active, StandardCharsets.UTF_8);
                if (lines.size() >= 2) {
                    break;
                }
            }
            Thread.sleep(50);
        }
        if (lines.size() < 2) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not open its DevTools port (see " + work.resolve("chromium-devtools.log") + ")");
        }
        URI browser = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        DevTools[] self = new DevTools[1];
        Listener listener = new Listener(message -> self[0].received(message));
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(START).buildAsync(browser, listener)
                .orTimeout(START.toSeconds(), TimeUnit.SECONDS).join();
        self[0] = new DevTools(process, profile, socket);
        return self[0];
    }

    /** A new tab showing {@code url}. */
    Page open(URI url) {
        String target = call(null, "Target.createTarget", Map.of("url", url.toString())).get("targetId").asText();
        String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        return new Page(session);
    }

    /** A tab, addressed by its session. */
    final class Page {
        private final String session;

        private Page(String session) {
            this.session = session;
        }

        /** The value of a JavaScript expression in the page (null while the page is between documents). */
        String evaluate(String expression) {
            JsonNode result = call(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
            JsonNode value = result.path("result").path("value");
            return value.isMissingNode() || value.isNull() ? null : value.asText();
        }

        /**
         * Evaluates {@code expression} until its value passes {@code test}, for at most {@code within}; returns the
         * value and how long it took, or fails saying the last value.
         */
        Waited waitFor(String expression, Predicate<String> test, Duration within) throws InterruptedException {
            long start = System.nanoTime();
            String value = null;
            while (System.nanoTime() - start < within.toNanos()) {
                try {
                    value = evaluate(expression);
                } catch (IllegalStateException e) {
                    // the page is reloading: its context went away under the evaluation
                    value = null;
                }
                if (value != null && test.test(value)) {
                    return new Waited(value, Duration.ofNanos(System.nanoTime() - start));
                }
                Thread.sleep(20);
            }
            throw new AssertionError("not seen within " + within.toMillis() + " ms: " + expression + " was " + value);
        }
    }

    /** A value seen, and how long it took to see it. */
    record Waited(String value, Duration after) {
    }

    private JsonNode call(String session, String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        synchronized (socket) {
            socket.sendText(message.toString(), true).join();
        }
        JsonNode reply = answer.orTimeout(ANSWER.toSeconds(), TimeUnit.SECONDS).join();
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = answers.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Chromium sent what is not JSON: " + text, e);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // the browser may still be leaving files behind as it quits: the test's temporary folder goes anyway
        }
    }

    /** Joins the frames of each message (a large answer comes in parts) and hands whole messages on. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> whole;
        private final StringBuilder parts = new StringBuilder();

        Listener(java.util.function.Consumer<String> whole) {
            this.whole = whole;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                String message = parts.toString();
                parts.setLength(0);
                whole.accept(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
