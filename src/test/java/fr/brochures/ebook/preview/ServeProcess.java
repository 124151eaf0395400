package fr.brochures.ebook.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ebook-builder serve PROJECT --port 0} run as users run it: the packaged jar in a JVM of its own, its output read
 * line by line as it comes, stopped by a signal.
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) ");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();
    private final URI url;

    private ServeProcess(Process process, Duration start) throws InterruptedException {
        this.process = process;
        read(process.getInputStream(), "out");
        read(process.getErrorStream(), "err");
        Matcher found = URL.matcher(next(l -> URL.matcher(l).find(), start));
        found.find();
        this.url = URI.create(found.group(1));
    }

    /** Starts serve on {@code project}, its image cache in {@code cache}; returns once it listens. */
    static ServeProcess start(Path jar, Path project, Path cache, Duration start) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("run `mvn verify`: package makes " + jar);
        }
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "serve", project.toString(), "--port", "0");
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        return new ServeProcess(builder.start(), start);
    }

    private void read(InputStream stream, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(name + ": " + line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "serve-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    URI url() {
        return url;
    }

    /** The next line printed ({@code out: …} or {@code err: …}) that passes {@code test}; fails after {@code within}. */
    String next(Predicate<String> test, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("serve did not print the line awaited within " + within.toSeconds() + " s; it printed:\n"
                        + String.join("\n", printed()));
            }
            synchronized (all) {
                all.add(line);
            }
            if (test.test(line)) {
                return line;
            }
        }
    }

    /** Every line read so far. */
    List<String> printed() {
        synchronized (all) {
            lines.drainTo(all);
            return List.copyOf(all);
        }
    }

    /** The process's id, for a signal. */
    long pid() {
        return process.pid();
    }

    /** Waits for the process to end; its exit code, or null if it did not end in time. */
    Integer waitFor(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
