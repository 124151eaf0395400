package fr.brochures.ebook.preview;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The text of server-sent events as the HTML standard has browsers read it. */
class ServerSentEventTest {

    @Test
    void anEventIsItsNameAndDataEndedByABlankLine() {
        assertEquals("event: build\ndata: abc-3\n\n", ServerSentEvent.event("build", "abc-3"));
    }

    @Test
    void dataOfSeveralLinesIsOneDataLineEach() {
        assertEquals("event: x\ndata: one\ndata: two\ndata: \ndata: four\n\n", ServerSentEvent.event("x", "one\r\ntwo\n\rfour"));
        assertEquals("event: x\ndata: \n\n", ServerSentEvent.event("x", ""));
    }

    @Test
    void aNameIsOneLine() {
        assertThrows(IllegalArgumentException.class, () -> ServerSentEvent.event("a\nb", ""));
    }

    @Test
    void commentsAndRetry() {
        assertEquals(": still here\n\n", ServerSentEvent.comment("still here"));
        assertEquals(": a b\n\n", ServerSentEvent.comment("a\r\nb"));
        assertEquals("retry: 500\n\n", ServerSentEvent.retry(500));
    }
}
