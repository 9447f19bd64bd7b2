package co.pactos.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies in nanoseconds (nearest rank). Some samples may be lower bounds
 * (requests still unanswered when the run gave up on them): a percentile that falls on one of them
 * is marked with "&gt;=".
 */
final class Percentiles {

    private final long[] sorted;
    private final long[] censoredSorted;

    private Percentiles(long[] sorted, long[] censoredSorted) {
        this.sorted = sorted;
        this.censoredSorted = censoredSorted;
    }

    /** @param nanos latencies; {@code censored[i]} true when {@code nanos[i]} is only a lower bound (null: none is) */
    static Percentiles of(long[] nanos, boolean[] censored) {
        long[] all = nanos.clone();
        Arrays.sort(all);
        long[] lowerBounds = new long[0];
        if (censored != null) {
            lowerBounds = java.util.stream.IntStream.range(0, nanos.length).filter(i -> censored[i]).mapToLong(i -> nanos[i]).sorted()
                    .toArray();
        }
        return new Percentiles(all, lowerBounds);
    }

    int count() {
        return sorted.length;
    }

    /** The value at percentile {@code p} (0..100), in nanoseconds; -1 when there is no sample. */
    long nanos(double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }

    long max() {
        return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
    }

    /** The percentile in milliseconds as text, "&gt;=" when a lower bound sits at or below it. */
    String millis(double p) {
        return format(nanos(p));
    }

    String maxMillis() {
        return format(max());
    }

    private String format(long value) {
        if (value < 0) {
            return "n/a";
        }
        boolean lowerBound = censoredSorted.length > 0 && censoredSorted[0] <= value;
        double ms = value / 1e6;
        return (lowerBound ? ">=" : "") + (ms < 10 ? String.format("%.2f", ms) : ms < 1000 ? String.format("%.1f", ms)
                : String.format("%,.0f", ms)) + " ms";
    }
}
