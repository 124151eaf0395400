package fr.brochures.ebook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live preview's latency, as an author meets it: from saving a chapter of the brochure to the page's reload event.
 * Starts {@code java FLAGS -jar target/ebook-builder.jar serve COPY --port 0} on a copy of the brochure, listens to the
 * reload channel ({@code /_preview/events}) as an open page does, then SAVES times adds a word to the end of the last
 * paragraph of a chapter (the file rewritten, as an editor saves it) and times, in this process, from the moment the
 * file is closed to the moment the event of the new build arrives. Every save counts (none is left out as a warm-up);
 * saves are {@value #PAUSE_MILLIS} ms apart, so that each build starts from a quiet preview.
 *
 * <p>Usage: {@code ServeLatency ROOT WORK SAVES [JVM_FLAGS...]}: ROOT the repository (the brochure and
 * target/ebook-builder.jar), WORK a scratch folder; prints a Markdown table and writes it to WORK/serve-latency.md.
 */
public final class ServeLatency {

    private static final String CHAPTER = "book/03-explosion-au-kazakhstan.xhtml";
    private static final long PAUSE_MILLIS = 700;
    private static final long WAIT_SECONDS = 120;
    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) ");
    private static final Pattern REBUILT = Pattern.compile("(?:Built|Rebuilt) in ([0-9.]+) s");

    private final BlockingQueue<String> printed = new LinkedBlockingQueue<>();
    private final BlockingQueue<Long> events = new LinkedBlockingQueue<>();

    private ServeLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ServeLatency ROOT WORK SAVES [JVM_FLAGS...]");
            System.exit(2);
        }
        List<String> flags = new ArrayList<>(Arrays.asList(args).subList(3, args.length));
        flags.removeIf(String::isBlank);
        int saves = Integer.parseInt(args[2]);
        if (saves < 1) {
            throw new IllegalArgumentException("SAVES must be at least 1");
        }
        new ServeLatency().run(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(), saves, flags);
    }

    private void run(Path root, Path work, int saves, List<String> flags) throws Exception {
        Path project = work.resolve("serve-latency").resolve("brochure");
        FileTrees.deleteRecursively(project);
        for (String folder : List.of("book", "styles", "covers")) {
            FileTrees.copyTree(root.resolve(folder), project.resolve(folder));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(flags);
        command.addAll(List.of("-jar", root.resolve("target/ebook-builder.jar").toString(), "serve", project.toString(), "--port", "0"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", work.resolve("cache").resolve("serve-latency").toString());
        Process serve = builder.start();
        try {
            follow(serve.getInputStream());
            Matcher url = URL.matcher(awaitLine(URL));
            url.find();
            double firstBuild = seconds(awaitLine(REBUILT));
            listen(URI.create(url.group(1)).resolve("/_preview/events"));
            // the generation the preview is at, sent as soon as a page connects
            nextEvent();
            List<Double> latencies = new ArrayList<>();
            List<Double> builds = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            Path chapter = project.resolve(CHAPTER);
            for (int i = 1; i <= saves; i++) {
                Thread.sleep(PAUSE_MILLIS);
                String text = Files.readString(chapter, StandardCharsets.UTF_8);
                int end = text.lastIndexOf("</p>");
                byte[] saved = (text.substring(0, end) + " mot" + i + text.substring(end)).getBytes(StandardCharsets.UTF_8);
                events.clear();
                double cpuBefore = cpuMillis(serve.pid());
                Files.write(chapter, saved);
                long savedAt = System.nanoTime();
                latencies.add((nextEvent() - savedAt) / 1e6);
                cpu.add(cpuMillis(serve.pid()) - cpuBefore);
                builds.add(seconds(awaitLine(REBUILT)));
            }
            report(work, flags, saves, firstBuild, latencies, builds, cpu);
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** serve's output, line by line, into {@link #printed}. */
    private void follow(InputStream output) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    printed.add(line);
                }
            } catch (IOException e) {
                // serve ended
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The reload channel, as a page listens to it: the arrival time ({@link System#nanoTime}) of each build event. */
    private void listen(URI stream) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(stream + " answered " + response.statusCode());
        }
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                boolean build = false;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event: ")) {
                        build = line.equals("event: build");
                    } else if (build && line.startsWith("data: ")) {
                        events.add(System.nanoTime());
                    }
                }
            } catch (IOException e) {
                // serve ended
            }
        }, "serve-events");
        reader.setDaemon(true);
        reader.start();
    }

    private long nextEvent() throws InterruptedException {
        Long event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (event == null) {
            throw new IllegalStateException("no reload event within " + WAIT_SECONDS + " s");
        }
        return event;
    }

    private String awaitLine(Pattern pattern) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < end) {
            String line = printed.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith("Build failed")) {
                throw new IllegalStateException("a build of the brochure failed: " + line);
            }
            if (pattern.matcher(line).find()) {
                return line;
            }
        }
        throw new IllegalStateException("serve did not print " + pattern + " within " + WAIT_SECONDS + " s");
    }

    /**
     * The CPU time the process has used so far, in ms (user and system, all threads: /proc/PID/stat), NaN where there is
     * no /proc. On a machine shared with other jobs the wall time of a rebuild grows with their load; its CPU time
     * hardly does, and says what the rebuild costs.
     */
    private static double cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command's name: state is field 3, utime 14 and stime 15 (1-based), in clock ticks (100 a second)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double seconds(String line) {
        Matcher m = REBUILT.matcher(line);
        m.find();
        return Double.parseDouble(m.group(1));
    }

    private static void report(Path work, List<String> flags, int saves, double firstBuild, List<Double> latencies, List<Double> builds,
                               List<Double> cpu) throws IOException {
        List<Double> sorted = latencies.stream().sorted().toList();
        StringBuilder md = new StringBuilder();
        md.append("### Live preview: saving a chapter of the brochure → the page's reload event (`ServeLatency`)\n\n");
        md.append("JVM flags: `").append(flags.isEmpty() ? "(none)" : String.join(" ", flags)).append("`; first build ")
                .append(String.format(Locale.ROOT, "%.2f s", firstBuild)).append("; load average ")
                .append(Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)[0]).append(" at the end\n\n");
        md.append("| saves | median | min | max | 90th percentile | median build (serve's line) | median CPU of serve per save |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| %d | **%.0f ms** | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n%n", saves, median(sorted),
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1),
                median(builds.stream().sorted().toList()) * 1000, median(cpu.stream().sorted().toList())));
        md.append("Each save, in order (ms): ").append(String.join(", ", latencies.stream().map(l -> String.format(Locale.ROOT, "%.0f", l)).toList()))
                .append("\n\n");
        System.out.print(md);
        Files.writeString(work.resolve("serve-latency.md"), md, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
