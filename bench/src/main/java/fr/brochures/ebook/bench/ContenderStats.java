package fr.brochures.ebook.bench;

import java.util.Arrays;

/**
 * The figures of one contender's timed runs, one value a run: wall time and CPU time (user + system) in seconds, peak
 * resident memory in KiB; and the size of what the last run wrote.
 */
record ContenderStats(String name, double[] wall, double[] cpu, long[] rssKb, long outputBytes) {

    /** The median wall time, in seconds. */
    double median() {
        return quantile(wall, 0.5);
    }

    /** The {@code q} quantile of the values, interpolated between the two nearest (NaN when there is none). */
    static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = (int) Math.ceil(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }
}
