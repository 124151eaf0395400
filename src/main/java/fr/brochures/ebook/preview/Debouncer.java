package fr.brochures.ebook.preview;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Turns a burst of signals into one action, run once the signals have stopped for a quiet period: an editor saving a
 * file writes a temporary file, renames it, changes the folder (several events within a few milliseconds), and the
 * book is rebuilt once, after the last of them. A burst that never pauses (a folder being copied) still acts after
 * {@code longest}, so that the preview does not wait for ever.
 */
final class Debouncer {

    private final ScheduledExecutorService scheduler;
    private final long quietNanos;
    private final long longestNanos;
    private final Runnable action;
    private ScheduledFuture<?> pending;
    private long burstStart;

    Debouncer(ScheduledExecutorService scheduler, Duration quiet, Duration longest, Runnable action) {
        this.scheduler = scheduler;
        this.quietNanos = quiet.toNanos();
        this.longestNanos = longest.toNanos();
        this.action = action;
    }

    /** Something changed: the action runs once nothing more has changed for the quiet period. */
    synchronized void signal() {
        long now = System.nanoTime();
        if (pending == null) {
            burstStart = now;
        } else {
            pending.cancel(false);
        }
        long delay = Math.max(0, Math.min(quietNanos, burstStart + longestNanos - now));
        pending = scheduler.schedule(this::fire, delay, TimeUnit.NANOSECONDS);
    }

    private void fire() {
        synchronized (this) {
            pending = null;
        }
        action.run();
    }
}
