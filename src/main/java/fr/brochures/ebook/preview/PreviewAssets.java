package fr.brochures.ebook.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The preview's own files, under {@value #PREFIX}: the reload script and the stylesheet of its pages and of the
 * problems it shows, read once from the tool's resources ({@code preview/}). A site file under that folder would be
 * hidden by them; no renderer makes one.
 */
final class PreviewAssets implements HttpHandler {

    /** The folder of the preview's own files, apart from the book's. */
    static final String PREFIX = "/_preview/";
    static final String SCRIPT = PREFIX + "reload.js";
    static final String STYLESHEET = PREFIX + "preview.css";

    private final Map<String, byte[]> files = Map.of(SCRIPT, resource("reload.js"), STYLESHEET, resource("preview.css"));

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] file = files.get(path);
        if (file == null) {
            Responses.notFoundPlain(exchange);
            return;
        }
        Responses.send(exchange, 200, ContentTypes.of(path), file);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewAssets.class.getResourceAsStream("/preview/" + name)) {
            if (in == null) {
                throw new IllegalStateException("preview/" + name + " is missing from the tool's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
