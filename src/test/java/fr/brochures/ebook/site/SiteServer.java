package fr.brochures.ebook.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A folder served as a plain web host serves a published site (the JDK's HTTP server, on this machine only): each file
 * with the content type its name gives, the catalogue as an OPDS acquisition feed, anything else a 404.
 */
final class SiteServer implements AutoCloseable {

    /** What a web host configured for the site sends, by the end of the file's name (the longest that matches). */
    private static final Map<String, String> TYPES = Map.of(
            ".html", "text/html; charset=utf-8",
            ".xml", "application/atom+xml;profile=opds-catalog;kind=acquisition",
            ".jpg", "image/jpeg",
            ".png", "image/png",
            ".svg", "image/svg+xml",
            ".css", "text/css; charset=utf-8",
            ".js", "text/javascript; charset=utf-8",
            ".sha256", "text/plain; charset=utf-8",
            ".epub", "application/epub+zip",
            ".kepub.epub", "application/kepub+zip");

    private final HttpServer server;
    private final Path root;

    private SiteServer(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /** Serves {@code root} on a free port of 127.0.0.1. */
    static SiteServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        SiteServer site = new SiteServer(server, root.toRealPath());
        server.createContext("/", site::handle);
        server.start();
        return site;
    }

    /** The address of the folder's root. */
    URI root() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file) || !exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type(file.getFileName().toString()));
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String type(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return TYPES.entrySet().stream().filter(e -> lower.endsWith(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue).orElse("application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
