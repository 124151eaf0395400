package fr.brochures.ebook.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import fr.brochures.ebook.render.OutputFile;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * Serves the last good build's site ({@link ServedFiles}): the download page at {@code /}, the books it offers, any
 * folder a renderer adds ({@code read/}). HTML pages get the preview's markup before their {@code </body>}; other files
 * go out as the build made them. A name the build has no file for is a 404 page; before any good build, every page
 * says the book is not built yet (503).
 */
final class SiteHandler implements HttpHandler {

    private final Supplier<PreviewState> state;
    private final PreviewPages pages;

    SiteHandler(Supplier<PreviewState> state, PreviewPages pages) {
        this.state = state;
        this.pages = pages;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            answer(exchange);
        } catch (RuntimeException e) {
            // a bug of the preview: the browser is told (the server alone would drop the connection without a word)
            Responses.serverError(exchange);
            throw e;
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            Responses.methodNotAllowed(exchange);
            return;
        }
        // one state for the whole answer: the page and its generation come from the same build
        PreviewState now = state.get();
        String html = ContentTypes.of("index.html");
        if (now.site().isEmpty()) {
            Responses.send(exchange, 503, html, pages.notBuiltYet(now));
            return;
        }
        ServedFiles.Lookup found = now.site().find(exchange.getRequestURI().getPath());
        if (found.redirect().isPresent()) {
            Responses.redirect(exchange, found.redirect().get());
        } else if (found.file().isPresent()) {
            serve(exchange, found.name(), found.file().get(), now);
        } else {
            Responses.send(exchange, 404, html, pages.notFound(found.name(), now));
        }
    }

    private void serve(HttpExchange exchange, String name, OutputFile file, PreviewState now) throws IOException {
        String type = ContentTypes.of(name);
        if (ContentTypes.isPage(type)) {
            Responses.send(exchange, 200, type, PageInjection.inject(file.bytes(), pages.snippet(now)));
        } else {
            Responses.send(exchange, type, file);
        }
    }
}
