package fr.brochures.ebook.preview;

import com.sun.net.httpserver.HttpExchange;
import fr.brochures.ebook.render.OutputFile;

import java.io.IOException;
import java.io.OutputStream;

/**
 * How the preview answers: never cached (the next build changes any file: {@code Cache-Control: no-store}), the content
 * type as given and never guessed by the browser, and no body for {@code HEAD}.
 */
final class Responses {

    private Responses() {
    }

    /** Sends {@code body} with this status and type. */
    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        headers(exchange, contentType);
        if (isHead(exchange)) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** Sends a file of the build as it is, from its own bytes (a book of tens of megabytes is not copied). */
    static void send(HttpExchange exchange, String contentType, OutputFile file) throws IOException {
        headers(exchange, contentType);
        if (isHead(exchange)) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(file.size()));
            exchange.sendResponseHeaders(200, -1);
        } else {
            exchange.sendResponseHeaders(200, file.size() == 0 ? -1 : file.size());
            try (OutputStream out = exchange.getResponseBody()) {
                file.writeTo(out);
            }
        }
        exchange.close();
    }

    /** Sends the browser elsewhere, for this request only (a folder asked without its slash). */
    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(307, -1);
        exchange.close();
    }

    /** Refuses a method other than GET and HEAD. */
    static void methodNotAllowed(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(405, -1);
        exchange.close();
    }

    /** A bare 404, for the preview's own files (no page: a script or stylesheet is asked for, not read). */
    static void notFoundPlain(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
    }

    /** A bare 500, when answering failed before anything was sent (else the connection just ends). */
    static void serverError(HttpExchange exchange) {
        try {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(500, -1);
        } catch (IOException | RuntimeException e) {
            // headers already sent: closing ends the answer
        }
        exchange.close();
    }

    private static void headers(HttpExchange exchange, String contentType) {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    }

    private static boolean isHead(HttpExchange exchange) {
        return "HEAD".equals(exchange.getRequestMethod());
    }
}
