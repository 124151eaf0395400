package fr.brochures.ebook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measuring half of {@link CliRace}: runs contenders as processes under {@code /usr/bin/time -v}, one untimed run
 * each, then the timed runs in alternation (ours, pandoc, ours, pandoc…) so that a slower moment of the machine falls
 * on all of them alike. Each run's standard output and error go to the logs folder; every timed run is kept as a line
 * of {@link #samples()}.
 */
final class TimedRuns {

    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([0-9.]+)");
    private static final Pattern SYS = Pattern.compile("System time \\(seconds\\): ([0-9.]+)");

    private final Path root;
    private final Path logs;
    private final int runs;
    private final List<String> samples = new ArrayList<>();

    /** Runs in folder {@code root}, {@code runs} timed runs a contender, logs in {@code logs}. */
    TimedRuns(Path root, Path logs, int runs) {
        this.root = root;
        this.logs = logs;
        this.runs = runs;
    }

    /** Every timed run so far: name, run index, wall s, CPU s, peak RSS KiB, output bytes, tab-separated. */
    List<String> samples() {
        return samples;
    }

    /** Runs the contenders in alternation; their figures, in the contenders' order. */
    List<ContenderStats> race(List<Contender> contenders) throws IOException {
        Map<String, List<double[]>> timings = new LinkedHashMap<>();
        for (Contender c : contenders) {
            timings.put(c.name(), new ArrayList<>());
            run(c, -1); // untimed
        }
        for (int i = 0; i < runs; i++) {
            for (Contender c : contenders) {
                timings.get(c.name()).add(run(c, i));
            }
        }
        List<ContenderStats> stats = new ArrayList<>();
        for (Contender c : contenders) {
            List<double[]> t = timings.get(c.name());
            double[] wall = t.stream().mapToDouble(x -> x[0]).toArray();
            double[] cpu = t.stream().mapToDouble(x -> x[1]).toArray();
            long[] rss = t.stream().mapToLong(x -> (long) x[2]).toArray();
            long bytes = t.isEmpty() ? 0 : (long) t.get(t.size() - 1)[3];
            stats.add(new ContenderStats(c.name(), wall, cpu, rss, bytes));
        }
        return stats;
    }

    /** One run: {wall s, cpu s, rss KiB, output bytes}. */
    private double[] run(Contender c, int index) throws IOException {
        if (c.before() != null) {
            c.before().run();
        }
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-v"));
        command.addAll(c.command());
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        pb.environment().putAll(c.env());
        String slug = c.name().replaceAll("[^A-Za-z0-9]+", "-");
        Path out = logs.resolve(slug + ".out");
        Path err = logs.resolve(slug + ".err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = pb.start();
        int code;
        try {
            code = process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        if (code != 0) {
            throw new IOException(c.name() + " failed (exit " + code + "): " + String.join(" ", c.command()) + "\n"
                    + Files.readString(out) + stderr);
        }
        double cpu = number(USER, stderr) + number(SYS, stderr);
        long rss = (long) number(RSS, stderr);
        long bytes = outputBytes(c.command());
        if (index >= 0) {
            samples.add(String.format(Locale.ROOT, "%s\t%d\t%.4f\t%.2f\t%d\t%d", c.name(), index, wall, cpu, rss, bytes));
        }
        System.out.printf(Locale.ROOT, "  %-55s %s %.3f s wall, %.2f s cpu, %d MiB%n", c.name(), index < 0 ? "warm-up" : "run " + (index + 1),
                wall, cpu, rss / 1024);
        return new double[]{wall, cpu, rss, bytes};
    }

    /** The size of the file after the command's {@code -o}: what it wrote (0 when there is none). */
    private static long outputBytes(List<String> command) {
        int o = command.indexOf("-o");
        if (o < 0 || o + 1 >= command.size()) {
            return 0;
        }
        try {
            return Files.size(Path.of(command.get(o + 1)));
        } catch (IOException e) {
            return 0;
        }
    }

    private static double number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
