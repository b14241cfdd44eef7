package io.o2o.fulfilment.loaddriver;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** What the orders of one run did, shared by all worker threads. */
final class RunStats {

    private static final int ERRORS_KEPT = 5;

    final Latencies orderToPickTask = new Latencies();

    final Latencies orderToCollected = new Latencies();

    private final AtomicLong started = new AtomicLong();

    private final AtomicLong completed = new AtomicLong();

    private final AtomicLong failed = new AtomicLong();

    private final AtomicLong maxStartLagMillis = new AtomicLong();

    private final List<String> firstErrors = new CopyOnWriteArrayList<>();

    /** An order's journey began, {@code lagMillis} after its scheduled start. */
    void orderStarted(long lagMillis) {
        started.incrementAndGet();
        maxStartLagMillis.accumulateAndGet(lagMillis, Math::max);
    }

    void orderCompleted() {
        completed.incrementAndGet();
    }

    void orderFailed(String reason) {
        if (failed.incrementAndGet() <= ERRORS_KEPT) {
            firstErrors.add(reason);
        }
    }

    long startedCount() {
        return started.get();
    }

    long completedCount() {
        return completed.get();
    }

    long failedCount() {
        return failed.get();
    }

    long maxStartLagMillis() {
        return maxStartLagMillis.get();
    }

    List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }
}
