package fr.brochures.ebook.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The images' progress line: its words and redrawing as pure functions, and when it shows at all. */
class ProgressLineTest {

    private final StringWriter written = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private ProgressLine line(boolean terminal) {
        return new ProgressLine(new PrintWriter(written), terminal, now::get);
    }

    @Test
    void saysHowManyImagesOfHowMany() {
        assertEquals("Preparing images 37/100", ProgressLine.text(37, 100));
        assertEquals("Preparing images 1/1200", ProgressLine.text(1, 1200));
    }

    @Test
    void redrawingGoesBackToTheStartAndCoversWhatWasLonger() {
        assertEquals("\rPreparing images 9/10", ProgressLine.redraw("", "Preparing images 9/10"));
        assertEquals("\rab  ", ProgressLine.redraw("abcd", "ab"));
        assertEquals("\r    \r", ProgressLine.redraw("abcd", ""), "cleared: blanks, then back to the left margin");
    }

    @Test
    void onATerminalShowsAfterASecondRewritesInPlaceAndClearsAtTheEnd() {
        ProgressLine progress = line(true);
        progress.prepared(0, 3);
        now.set(500_000_000L);
        progress.prepared(1, 3);
        assertEquals("", written.toString(), "nothing in the first second: a quick build prints nothing more");
        now.set(1_200_000_000L);
        progress.prepared(2, 3);
        String shown = "\rPreparing images 2/3";
        assertEquals(shown, written.toString());
        progress.prepared(3, 3);
        assertEquals(shown + "\r" + " ".repeat("Preparing images 2/3".length()) + "\r", written.toString(), "cleared when done");
        progress.finish();
        progress.prepared(3, 3);
        assertEquals(shown + "\r" + " ".repeat("Preparing images 2/3".length()) + "\r", written.toString(), "nothing after the end");
    }

    @Test
    void notOnATerminalPrintsNothing() {
        ProgressLine progress = line(false);
        progress.prepared(0, 100);
        for (int i = 1; i <= 100; i++) {
            now.addAndGet(100_000_000L);
            progress.prepared(i, 100);
        }
        progress.finish();
        assertEquals("", written.toString());
    }

    @Test
    void aBuildThatStopsEarlyClearsTheLine() {
        ProgressLine progress = line(true);
        progress.prepared(0, 10);
        now.set(2_000_000_000L);
        progress.prepared(4, 10);
        progress.finish();
        String shown = "Preparing images 4/10";
        assertEquals("\r" + shown + "\r" + " ".repeat(shown.length()) + "\r", written.toString());
    }
}
