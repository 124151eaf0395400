package fr.brochures.ebook.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reload channel, {@value #PATH}: each open page listens to it (server-sent events) and is told the generation of
 * every build, good or failed, as an event named {@value #BUILD}; a page served from another generation reloads. The
 * current generation is sent as soon as a page connects, so a build that ended between serving the page and its
 * connecting is not missed. The connection stays open: the handler returns, and the stream is written to when a build
 * ends, until the page goes or the preview stops.
 */
final class EventStream implements HttpHandler {

    /** Where pages listen. */
    static final String PATH = "/_preview/events";
    /** The event every build sends, its data the build's generation. */
    static final String BUILD = "build";
    /** How soon a page connects again when the stream ends (the preview restarted, say). */
    static final long RETRY_MILLIS = 500;

    private final Supplier<String> generation;
    private final List<HttpExchange> clients = new ArrayList<>();
    private boolean closed;

    /** A stream telling newcomers the generation {@code generation} gives at that moment. */
    EventStream(Supplier<String> generation) {
        this.generation = generation;
    }

    @Override
    public synchronized void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod()) || closed) {
            exchange.getResponseHeaders().set("Allow", "GET");
            exchange.sendResponseHeaders(closed ? 503 : 405, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        if (send(exchange, ServerSentEvent.retry(RETRY_MILLIS) + ServerSentEvent.event(BUILD, generation.get()))) {
            clients.add(exchange);
        }
    }

    /** Tells every open page the generation of the build that just ended. */
    synchronized void publish(String buildGeneration) {
        sendAll(ServerSentEvent.event(BUILD, buildGeneration));
    }

    /** A comment to every page: keeps idle connections open and lets go of pages that were closed. */
    synchronized void heartbeat() {
        sendAll(ServerSentEvent.comment("still here"));
    }

    /** How many pages listen. */
    synchronized int clients() {
        return clients.size();
    }

    /** Ends every stream; pages connect again, to a preview started anew, after {@value #RETRY_MILLIS} ms. */
    synchronized void close() {
        closed = true;
        clients.forEach(HttpExchange::close);
        clients.clear();
    }

    private void sendAll(String text) {
        clients.removeIf(client -> !send(client, text));
    }

    /** Writes and flushes {@code text}; false (and the exchange closed) when the page has gone. */
    private static boolean send(HttpExchange exchange, String text) {
        try {
            OutputStream body = exchange.getResponseBody();
            body.write(text.getBytes(StandardCharsets.UTF_8));
            body.flush();
            return true;
        } catch (IOException e) {
            // the page was closed or reloaded: it is no longer listening
            exchange.close();
            return false;
        }
    }
}
