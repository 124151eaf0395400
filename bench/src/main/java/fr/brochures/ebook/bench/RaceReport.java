package fr.brochures.ebook.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static fr.brochures.ebook.bench.ContenderStats.quantile;

/**
 * The reporting half of {@link CliRace}: the Markdown it writes to results.md, one table a section (median, min–max
 * and interquartile range of the wall time, median CPU time and peak RSS, output size), then the targets of the issue,
 * met or not, computed from the figures of named contenders. Each table is printed as soon as it is complete.
 */
final class RaceReport {

    private final StringBuilder report = new StringBuilder();
    private final Map<String, ContenderStats> results = new LinkedHashMap<>();

    /** Appends one line of Markdown. */
    void line(String text) {
        report.append(text).append('\n');
    }

    /** The Markdown so far. */
    String text() {
        return report.toString();
    }

    /** Appends and prints the table of one section; its figures are kept for {@link #targets()}. */
    void table(String title, List<ContenderStats> section) {
        line("### " + title);
        line("");
        line("| command | wall median | min–max | IQR | CPU median | peak RSS | output |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        for (ContenderStats s : section) {
            results.put(s.name(), s);
            double[] wall = s.wall();
            long bytes = s.outputBytes();
            line(String.format(Locale.ROOT, "| %s | %.3f s | %.3f–%.3f | %.3f | %.2f s | %.0f MiB | %s |", s.name(), s.median(),
                    min(wall), max(wall), quantile(wall, 0.75) - quantile(wall, 0.25), quantile(s.cpu(), 0.5),
                    quantile(toDouble(s.rssKb()), 0.5) / 1024, bytes == 0 ? "" : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)));
        }
        line("");
        System.out.println(report.substring(report.lastIndexOf("### " + title)));
    }

    /** Appends and prints the targets of the issue; needs the contenders of every section {@link CliRace} runs. */
    void targets() {
        line("");
        line("### Targets");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        double start = get("JVM start: ours").median();
        double brochure = get("brochure: ours").median();
        double brochurePandoc = get("brochure: pandoc").median();
        target("brochure ≤ 0.5 × pandoc", brochure / brochurePandoc, 0.5,
                String.format(Locale.ROOT, "%.2f s / %.2f s = %.2f×", brochure, brochurePandoc, brochure / brochurePandoc));
        double x50 = get("x50: ours").median();
        double x50Pandoc = get("x50: pandoc").median();
        target("×50 book ≤ 0.25 × pandoc", x50 / x50Pandoc, 0.25,
                String.format(Locale.ROOT, "%.2f s / %.2f s = %.3f×", x50, x50Pandoc, x50 / x50Pandoc));
        double rss = quantile(toDouble(get("x50: ours").rssKb()), 0.5) / 1024;
        target("×50 book peak RSS < 512 MiB", rss, 512, String.format(Locale.ROOT, "%.0f MiB (pandoc: %.0f MiB)", rss,
                quantile(toDouble(get("x50: pandoc").rssKb()), 0.5) / 1024));
        double linear = (x50 - start) / (brochure - start);
        target("×50 minus JVM start ≤ 55 × brochure minus JVM start", linear, 55,
                String.format(Locale.ROOT, "(%.2f − %.2f) / (%.2f − %.2f) = %.1f×", x50, start, brochure, start, linear));
        double base = get("x50: ours (no photographs, same run)").median();
        double cold = get("photos: ours, image cache empty").median() - base;
        target("100 photographs, cold, ≤ 6 s", cold, 6, String.format(Locale.ROOT, "%.2f s (%.2f s − %.2f s without them)",
                cold, get("photos: ours, image cache empty").median(), base));
        double rebuild = get("photos: ours, rebuilt after changing one chapter").median() - base;
        target("rebuild after one chapter changed: photographs add ≤ 0.5 s", rebuild, 0.5,
                String.format(Locale.ROOT, "%.2f s (%.2f s − %.2f s)", rebuild, get("photos: ours, rebuilt after changing one chapter").median(), base));
        System.out.print(report.substring(report.lastIndexOf("### Targets")));
    }

    /** Appends one row of a targets table: met when {@code value} is at most {@code limit} (below it for "<"). */
    void target(String what, double value, double limit, String measured) {
        boolean met = what.contains("<") ? value < limit : value <= limit;
        line("| " + what + " | " + measured + " | " + (met ? "yes" : "**no**") + " |");
    }

    /** The figures of a contender timed in a section so far. */
    ContenderStats get(String name) {
        ContenderStats stats = results.get(name);
        if (stats == null) {
            throw new IllegalStateException("no figures for " + name);
        }
        return stats;
    }

    static double[] toDouble(long[] values) {
        return Arrays.stream(values).asDoubleStream().toArray();
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
