package io.o2o.fulfilment.loaddriver;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * One click-and-collect order from the customer placing it to store staff handing it over: pay (MoMo through
 * the simulator, or at the store), pick, stage, read the pickup code the customer was sent, hand over, and
 * wait for the order to show as collected.
 */
final class OrderJourney implements Runnable {

    private static final long POLL_MILLIS = 200;

    private static final int SKU_COUNT = 20;

    private final FulfilmentApi api;

    private final Options options;

    private final RunStats stats;

    private final long sequence;

    private final long scheduledAt;

    private final long deadline;

    /** Known once the order is placed; this journey runs on one thread. */
    private String orderNumber;
    private String accessToken;

    OrderJourney(FulfilmentApi api, Options options, RunStats stats, long sequence, long scheduledAt) {
        this.api = api;
        this.options = options;
        this.stats = stats;
        this.sequence = sequence;
        this.scheduledAt = scheduledAt;
        // counted from the schedule, so an order that waited for a worker cannot run past the end of the run
        this.deadline = scheduledAt + options.timeout().toNanos();
    }

    @Override
    public void run() {
        long placedAt = System.nanoTime();
        stats.orderStarted(TimeUnit.NANOSECONDS.toMillis(placedAt - scheduledAt));
        try {
            if (placedAt >= deadline) {
                throw new TimedOut("free worker (raise --concurrency)");
            }
            RandomGenerator random = ThreadLocalRandom.current();
            String store = options.stores().get(random.nextInt(options.stores().size()));
            String staff = FulfilmentApi.staffOf(store);
            String method = options.payment().pick(random);

            JsonNode created = api.placeOrder(newOrder(random, store, method), UUID.randomUUID().toString());
            if (created.path("orderNumber").asText("").isEmpty()) {
                throw new FulfilmentApi.UnexpectedResponse("order created without an orderNumber: " + created);
            }
            orderNumber = created.path("orderNumber").asText();
            accessToken = created.path("accessToken").asText();
            if (method.equals("MOMO")) {
                payWithMomo(created);
            }

            String pick = await("UserTask_PickOrder for " + staff,
                    () -> api.openTask(orderNumber, "UserTask_PickOrder", staff));
            stats.orderToPickTask.record(millisSince(placedAt));
            work(pick, staff, Map.of());

            String stage = await("UserTask_StageOrder for " + staff,
                    () -> api.openTask(orderNumber, "UserTask_StageOrder", staff));
            work(stage, staff, Map.of("stagingLocation", stringValue("Kệ A-12")));

            String pickupCode = await("READY_FOR_PICKUP message", () -> api.pickupCode(orderNumber));
            String handOver = await("UserTask_HandOverOrder for " + staff,
                    () -> api.openTask(orderNumber, "UserTask_HandOverOrder", staff));
            work(handOver, staff, Map.of("pickupCode", stringValue(pickupCode), "tender", stringValue("CASH")));

            await("status COLLECTED", () -> Optional.of(api.order(orderNumber, accessToken))
                .filter(order -> "COLLECTED".equals(order.path("status").asText())));
            stats.orderToCollected.record(millisSince(placedAt));
            stats.orderCompleted();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            stats.orderFailed(label() + ": stopped at the end of the run");
        }
        catch (Cancelled ex) {
            stats.orderFailed(label() + ": cancelled by the journey while waiting for " + ex.getMessage()
                    + orderStatus());
        }
        catch (TimedOut ex) {
            stats.orderFailed(label() + ": no " + ex.getMessage() + " within "
                    + options.timeout().toSeconds() + " s" + orderStatus());
        }
        catch (IOException | RuntimeException ex) {
            stats.orderFailed(label() + ": " + describe(ex));
        }
    }

    private Map<String, Object> newOrder(RandomGenerator random, String store, String method) {
        List<Map<String, Object>> lines = new ArrayList<>();
        int firstSku = random.nextInt(SKU_COUNT);
        int lineCount = 1 + random.nextInt(3);
        for (int i = 0; i < lineCount; i++) {
            String sku = "SKU-" + (1001 + (firstSku + i) % SKU_COUNT);
            lines.add(Map.of("sku", sku, "quantity", 1 + random.nextInt(2)));
        }
        return Map.of(
                "customer", Map.of("name", "Khách " + sequence,
                        "phone", "09%08d".formatted(random.nextInt(100_000_000)),
                        "email", "khach" + sequence + "@example.com"),
                "lines", lines,
                "fulfilment", Map.of("type", "CLICK_AND_COLLECT", "storeId", store),
                "payment", Map.of("method", method));
    }

    /** The payment page may only exist once the payment port has answered, so wait for it if needed. */
    private void payWithMomo(JsonNode created) throws IOException, InterruptedException, TimedOut {
        String payUrl = created.path("payUrl").textValue();
        if (payUrl == null) {
            payUrl = await("payUrl", () -> Optional.ofNullable(api.order(orderNumber, accessToken).path("payUrl").textValue()));
        }
        api.pay(MomoPayUrl.parse(payUrl, options.allowRemote()));
    }

    private void work(String taskId, String staff, Map<String, Object> variables)
            throws IOException, InterruptedException {
        api.claim(taskId, staff);
        api.complete(taskId, staff, variables);
    }

    private <T> T await(String what, Check<T> check) throws IOException, InterruptedException, TimedOut {
        while (true) {
            Optional<T> result = check.get();
            if (result.isPresent()) {
                return result.get();
            }
            if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS) >= deadline) {
                throw new TimedOut(what);
            }
            // a cancelled order (out of stock, payment refused) will never get there: stop waiting
            if (orderNumber != null && "CANCELLED".equals(api.order(orderNumber, accessToken).path("status").asText())) {
                throw new Cancelled(what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Where the order got stuck, for the error report; the order may not be readable either. */
    private String orderStatus() {
        if (orderNumber == null) {
            return "";
        }
        try {
            return " (order status " + api.order(orderNumber, accessToken).path("status").asText("?") + ")";
        }
        catch (IOException ex) {
            return " (order status unreadable: " + ex.getMessage() + ")";
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private String label() {
        return orderNumber == null ? "order #" + sequence : orderNumber;
    }

    /** HttpClient's connection errors carry no message at all. */
    private String describe(Exception ex) {
        if (ex.getMessage() != null) {
            return ex.getMessage();
        }
        if (ex instanceof ConnectException) {
            return "cannot connect to " + options.baseUrl().getAuthority();
        }
        return ex.getClass().getSimpleName();
    }

    private static Map<String, Object> stringValue(String value) {
        return Map.of("value", value, "type", "String");
    }

    private static long millisSince(long nanoTime) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
    }

    @FunctionalInterface
    private interface Check<T> {
        Optional<T> get() throws IOException, InterruptedException;
    }

    private static final class Cancelled extends TimedOut {
        Cancelled(String what) {
            super(what);
        }
    }

    private static class TimedOut extends Exception {
        TimedOut(String what) {
            super(what);
        }
    }
}
