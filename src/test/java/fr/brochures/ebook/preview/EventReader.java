package fr.brochures.ebook.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reload channel read as a browser's EventSource would: the data of each {@code build} event. */
final class EventReader implements AutoCloseable {
    private final InputStream stream;
    private final BufferedReader lines;

    EventReader(URI uri) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        stream = response.body();
        lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    /** The data of the next build event. */
    String next() throws IOException {
        String event = null;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("event: ")) {
                event = line.substring("event: ".length());
            } else if (line.startsWith("data: ") && EventStream.BUILD.equals(event)) {
                return line.substring("data: ".length());
            }
        }
        throw new AssertionError("the stream ended");
    }

    String nextLine() throws IOException {
        try {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && line.isEmpty());
            return line;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
