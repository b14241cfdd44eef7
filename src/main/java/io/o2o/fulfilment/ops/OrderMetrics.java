package io.o2o.fulfilment.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts orders started, completed and cancelled by journey (fulfilment type) and store. A count is
 * taken when the caller's transaction commits, so a rolled-back step (a job the engine retries)
 * counts once.
 */
@Component
public class OrderMetrics {

    private final MeterRegistry registry;

    OrderMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void started(String journey, String store) {
        count("o2o.orders.started", "Orders whose journey started", journey, store);
    }

    public void completed(String journey, String store) {
        count("o2o.orders.completed", "Orders handed over to the customer", journey, store);
    }

    /** @param reason a reason code such as {@code PAYMENT_TIMEOUT}, never free text */
    public void cancelled(String journey, String store, String reason) {
        Counter counter = Counter.builder("o2o.orders.cancelled").description("Orders cancelled")
                .tag("journey", journey).tag("store", storeTag(store)).tag("reason", reason == null ? "NONE" : reason)
                .register(registry);
        afterCommit(counter::increment);
    }

    private void count(String name, String description, String journey, String store) {
        Counter counter = Counter.builder(name).description(description).tag("journey", journey).tag("store", storeTag(store))
                .register(registry);
        afterCommit(counter::increment);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    /** A ship-from-store order has no store until sourcing has chosen one. */
    private static String storeTag(String store) {
        return store == null ? "unsourced" : store;
    }
}
