package fr.brochures.ebook.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every problem one build found, in the order found, so that one run reports them all. */
public final class BuildReport {

    private final List<Problem> problems = new ArrayList<>();

    /** Records an error: the book will not be written. */
    public synchronized void error(MessageId id, Location where, Object... args) {
        problems.add(new Problem(id, Severity.ERROR, where, args));
    }

    /** Records a warning: the book is written unless the build is strict. */
    public synchronized void warning(MessageId id, Location where, Object... args) {
        problems.add(new Problem(id, Severity.WARNING, where, args));
    }

    /** Records a note for the editors: never stops a build. */
    public synchronized void note(MessageId id, Location where, Object... args) {
        problems.add(new Problem(id, Severity.NOTE, where, args));
    }

    /**
     * Appends, in their order, the problems another report collected: a stage that works on several files at once
     * gives each its own report and adds them in reading order, so that the output is the same whatever the threads.
     */
    public void addAll(BuildReport other) {
        List<Problem> found = other.problems();
        synchronized (this) {
            problems.addAll(found);
        }
    }

    /** All problems so far. */
    public synchronized List<Problem> problems() {
        return Collections.unmodifiableList(new ArrayList<>(problems));
    }

    /** Counts the problems of one severity. */
    public synchronized long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    /** Stops the build (with {@link BuildFailedException}) when it {@link #fails}. */
    public void stopIfFailed(boolean strict) {
        if (fails(strict)) {
            throw new BuildFailedException(this);
        }
    }

    /** True when the book must not be written: an error, or a warning under {@code strict}. */
    public boolean fails(boolean strict) {
        return count(Severity.ERROR) > 0 || (strict && count(Severity.WARNING) > 0);
    }

    /** True when a problem with this code was recorded. */
    public synchronized boolean has(MessageId id) {
        return problems.stream().anyMatch(p -> p.id() == id);
    }
}
