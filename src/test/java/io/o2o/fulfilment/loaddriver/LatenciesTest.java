package io.o2o.fulfilment.loaddriver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void nearestRankOnOneToHundred() {
        Latencies latencies = new Latencies();
        // recorded out of order and across the initial capacity, as worker threads would
        LongStream.rangeClosed(1, 100).map(i -> 101 - i).forEach(latencies::record);

        assertThat(latencies.summary()).isEqualTo(new Latencies.Summary(100, 50, 95, 99, 100));
    }

    @Test
    void smallSamplesRoundUpToTheNextSample() {
        long[] sorted = { 10, 20, 30, 40 };

        assertThat(Latencies.Summary.percentile(sorted, 50)).isEqualTo(20);
        assertThat(Latencies.Summary.percentile(sorted, 51)).isEqualTo(30);
        assertThat(Latencies.Summary.percentile(sorted, 95)).isEqualTo(40);
        assertThat(Latencies.Summary.percentile(sorted, 0)).isEqualTo(10);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Latencies latencies = new Latencies();
        latencies.record(42);

        assertThat(latencies.summary()).isEqualTo(new Latencies.Summary(1, 42, 42, 42, 42));
    }

    @Test
    void tailIsNotHiddenByTheMedian() {
        Latencies latencies = new Latencies();
        IntStream.range(0, 990).forEach(i -> latencies.record(100));
        IntStream.range(0, 10).forEach(i -> latencies.record(5_000));

        Latencies.Summary summary = latencies.summary();

        assertThat(summary.p50()).isEqualTo(100);
        assertThat(summary.p95()).isEqualTo(100);
        assertThat(summary.p99()).isEqualTo(100);
        assertThat(summary.max()).isEqualTo(5_000);
        latencies.record(5_000);
        assertThat(latencies.summary().p99()).isEqualTo(5_000);
    }

    @Test
    void emptySaysSo() {
        assertThat(new Latencies().summary()).hasToString("no samples");
    }

    @Test
    void printsMilliseconds() {
        assertThat(new Latencies.Summary(3, 1, 2, 3, 4)).hasToString("p50 1 ms, p95 2 ms, p99 3 ms, max 4 ms (n=3)");
    }
}
