package io.o2o.fulfilment.loaddriver;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Paced, open-loop load for the click-and-collect journey: orders start on a fixed schedule whatever the
 * application's speed, each one is walked to COLLECTED as customer, MoMo and store staff would, and the run
 * ends with throughput and latency percentiles. Stops by itself after the duration plus one order timeout.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.o2o.fulfilment.loaddriver.LoadDriver \
 *     -Dexec.args="--base-url http://localhost:8080 --rate 2 --duration 60"
 * </pre>
 */
public final class LoadDriver {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    /** Time for interrupted orders to record why they stopped. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final Options options;

    private final RunStats stats = new RunStats();

    private LoadDriver(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        }
        catch (Options.HelpRequested ex) {
            System.out.print(Options.USAGE);
            return;
        }
        catch (IllegalArgumentException ex) {
            System.err.println("load driver: " + ex.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        System.exit(new LoadDriver(options).run());
    }

    private int run() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
        FulfilmentApi api = new FulfilmentApi(http, new ObjectMapper(), options.baseUrl());
        ExecutorService workers = Executors.newFixedThreadPool(options.concurrency(), daemonThreads("order-"));
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(daemonThreads("progress-"));

        System.out.printf("driving %s: %.2f orders/s for %d s, stores %s, payment %s, %d workers, %d s per order%n",
                options.baseUrl(), options.rate(), options.duration().toSeconds(), String.join(",", options.stores()),
                options.payment(), options.concurrency(), options.timeout().toSeconds());
        long start = System.nanoTime();
        progress.scheduleAtFixedRate(() -> printProgress(start), PROGRESS_EVERY.toMillis(), PROGRESS_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);

        long period = Math.max(1, Math.round(TimeUnit.SECONDS.toNanos(1) / options.rate()));
        long end = start + options.duration().toNanos();
        for (long sequence = 1; sequence <= options.maxOrders(); sequence++) {
            long scheduledAt = start + (sequence - 1) * period;
            if (scheduledAt >= end) {
                break;
            }
            TimeUnit.NANOSECONDS.sleep(scheduledAt - System.nanoTime());
            workers.execute(new OrderJourney(api, options, stats, sequence, scheduledAt));
        }

        // every order's deadline is at most one timeout after the last scheduled start
        workers.shutdown();
        long drainNanos = end + options.timeout().toNanos() - System.nanoTime() + SHUTDOWN_GRACE.toNanos();
        if (!workers.awaitTermination(drainNanos, TimeUnit.NANOSECONDS)) {
            workers.shutdownNow();
            workers.awaitTermination(SHUTDOWN_GRACE.toNanos(), TimeUnit.NANOSECONDS);
        }
        progress.shutdownNow();
        printReport(System.nanoTime() - start);
        return stats.completedCount() > 0 ? 0 : 1;
    }

    private void printProgress(long start) {
        long started = stats.startedCount();
        long completed = stats.completedCount();
        long failed = stats.failedCount();
        System.out.printf("[%4d s] started %d, completed %d, failed %d, in flight %d%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), started, completed, failed,
                started - completed - failed);
    }

    private void printReport(long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        System.out.println();
        System.out.printf("orders: started %d, completed %d, failed %d%n", stats.startedCount(),
                stats.completedCount(), stats.failedCount());
        stats.firstErrors().forEach(error -> System.out.println("  " + error));
        System.out.printf("throughput: %.2f completed orders/s over %.1f s (target %.2f orders/s started)%n",
                stats.completedCount() / seconds, seconds, options.rate());
        System.out.println("order -> pick task: " + stats.orderToPickTask.summary());
        System.out.println("order -> collected: " + stats.orderToCollected.summary());
        System.out.printf("worst order start behind schedule: %d ms%n", stats.maxStartLagMillis());
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicLong count = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
