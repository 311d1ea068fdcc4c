package org.exhibit.bench;

import java.util.Arrays;

/** Order statistics of repeated timings, in milliseconds. */
public record Stats(double median, double p95, double min, double max, int runs) {

    /** The statistics of the given timings in nanoseconds. */
    public static Stats ofNanos(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(percentile(sorted, 50), percentile(sorted, 95), sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6,
                sorted.length);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Milliseconds with one decimal. */
    public static String ms(double millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis);
    }
}
