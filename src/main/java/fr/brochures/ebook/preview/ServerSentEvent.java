package fr.brochures.ebook.preview;

/**
 * The text of server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html): an event is
 * {@code event:} and {@code data:} lines ended by a blank line; data of several lines is one {@code data:} line each,
 * which the browser joins again with line feeds.
 */
final class ServerSentEvent {

    private ServerSentEvent() {
    }

    /** An event named {@code name} carrying {@code data}. */
    static String event(String name, String data) {
        if (name.contains("\n") || name.contains("\r")) {
            throw new IllegalArgumentException("an event name is one line");
        }
        StringBuilder text = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            text.append("data: ").append(line).append('\n');
        }
        return text.append('\n').toString();
    }

    /** A comment line, which browsers ignore: it keeps an idle connection open and finds clients that left. */
    static String comment(String text) {
        return ": " + text.replaceAll("[\r\n]+", " ") + "\n\n";
    }

    /** How long a browser waits before connecting again when the stream ends (the preview restarted). */
    static String retry(long millis) {
        return "retry: " + millis + "\n\n";
    }
}
