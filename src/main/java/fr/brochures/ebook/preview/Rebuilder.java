package fr.brochures.ebook.preview;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs the builds, one at a time, on a thread of its own. A change while a build runs asks for one more build after it
 * (the build may have read the file before it changed); further changes meanwhile join that one rather than queueing a
 * build each.
 */
final class Rebuilder {

    private final PreviewBuild build;
    private final Consumer<PreviewBuild.Outcome> built;
    private final Consumer<RuntimeException> crashed;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Threads.daemon("ebook-preview-build"));

    Rebuilder(PreviewBuild build, Consumer<PreviewBuild.Outcome> built, Consumer<RuntimeException> crashed) {
        this.build = build;
        this.built = built;
        this.crashed = crashed;
    }

    /** Asks for a build: it starts when the one running (if any) has ended. */
    void request() {
        if (queued.compareAndSet(false, true)) {
            thread.execute(this::runOnce);
        }
    }

    private void runOnce() {
        // cleared before the build reads anything: a change from now on needs a build of its own
        queued.set(false);
        PreviewBuild.Outcome outcome;
        try {
            outcome = build.run();
        } catch (RuntimeException e) {
            crashed.accept(e);
            return;
        }
        built.accept(outcome);
    }

    /**
     * Lets a running build end (for at most {@code seconds}) and runs no other. The build is not interrupted: it writes
     * nothing, and a build cut short could report the interruption as a failure of its own.
     */
    void stop(long seconds) {
        thread.shutdown();
        try {
            thread.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
