package io.o2o.fulfilment.loaddriver;

import java.util.Arrays;

/** Latency samples in milliseconds, collected from many threads, summarised by nearest-rank percentiles. */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    synchronized void record(long millis) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = millis;
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return Summary.of(sorted);
    }

    record Summary(int count, long p50, long p95, long p99, long max) {

        static Summary of(long[] sorted) {
            if (sorted.length == 0) {
                return new Summary(0, 0, 0, 0, 0);
            }
            return new Summary(sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), sorted[sorted.length - 1]);
        }

        /** Nearest rank: the smallest sample with at least {@code p} percent of samples at or below it. */
        static long percentile(long[] sorted, double p) {
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(rank, 1) - 1];
        }

        @Override
        public String toString() {
            if (count == 0) {
                return "no samples";
            }
            return "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (n=%d)".formatted(p50, p95, p99, max, count);
        }
    }
}
