package fr.brochures.ebook.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A burst of changes (an editor's save: temporary file, rename, folder) gives one build, after the burst. */
class DebouncerTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger actions = new AtomicInteger();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private Debouncer debouncer(long quietMillis, long longestMillis) {
        return new Debouncer(scheduler, Duration.ofMillis(quietMillis), Duration.ofMillis(longestMillis), actions::incrementAndGet);
    }

    @Test
    void aBurstActsOnceAfterItsLastSignal() throws InterruptedException {
        // a quiet period far longer than the 5 ms between signals, so that a loaded machine does not split the burst
        Debouncer debouncer = debouncer(400, 10_000);
        long longestGap = 0;
        long last = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            debouncer.signal();
            Thread.sleep(5);
            long now = System.nanoTime();
            longestGap = Math.max(longestGap, now - last);
            last = now;
        }
        long lastSignal = System.nanoTime();
        Assumptions.assumeTrue(longestGap < 300_000_000L, "the machine is too loaded to signal every 5 ms");
        assertEquals(0, actions.get(), "nothing while the burst goes on");
        waitFor(1, 3000);
        assertTrue(System.nanoTime() - lastSignal >= 350_000_000L, "after the quiet period that followed the last signal");
        Thread.sleep(500);
        assertEquals(1, actions.get(), "one action for the whole burst");
    }

    @Test
    void burstsApartActEach() throws InterruptedException {
        Debouncer debouncer = debouncer(30, 10_000);
        debouncer.signal();
        waitFor(1, 2000);
        debouncer.signal();
        debouncer.signal();
        waitFor(2, 2000);
        Thread.sleep(150);
        assertEquals(2, actions.get());
    }

    @Test
    void aBurstThatNeverPausesStillActs() throws InterruptedException {
        Debouncer debouncer = debouncer(100, 300);
        long end = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < end && actions.get() == 0) {
            debouncer.signal();
            Thread.sleep(10);
        }
        assertEquals(1, actions.get(), "acted within the longest wait although signals kept coming every 10 ms");
    }

    private void waitFor(int count, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (actions.get() < count && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertEquals(count, actions.get());
    }
}
