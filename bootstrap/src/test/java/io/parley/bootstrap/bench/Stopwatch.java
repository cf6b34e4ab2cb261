package io.parley.bootstrap.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised as percentiles in milliseconds. */
final class Stopwatch {
    private final long[] samples;
    private int count;

    Stopwatch(int capacity) {
        samples = new long[capacity];
    }

    synchronized void record(long nanos) {
        samples[count++] = nanos;
    }

    synchronized String summary() {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return String.format(
                "p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (n=%d)",
                millis(sorted, 0.50), millis(sorted, 0.90), millis(sorted, 0.99), sorted[count - 1] / 1e6, count);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }
}
