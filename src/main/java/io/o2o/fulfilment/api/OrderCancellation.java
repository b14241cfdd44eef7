package io.o2o.fulfilment.api;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderNotCancellableException;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.OrderStatus;
import io.o2o.fulfilment.process.JourneyEngine;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer's cancellation: marks the order as being cancelled under its row lock and tells the
 * journey in the same transaction, so that it cannot cross a handover at the counter.
 */
@Service
class OrderCancellation {

    private static final int ATTEMPTS = 3;

    private final OrderService orders;
    private final JourneyEngine journeys;
    private final TransactionTemplate transaction;

    OrderCancellation(OrderService orders, JourneyEngine journeys, TransactionTemplate transaction) {
        this.orders = orders;
        this.journeys = journeys;
        this.transaction = transaction;
    }

    void cancel(String orderNumber) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> request(orderNumber));
                return;
            } catch (OptimisticLockingException busy) {
                // a job of the same order committed meanwhile: decide again on what is there now
                if (attempt == ATTEMPTS) {
                    throw busy;
                }
            }
        }
    }

    private void request(String orderNumber) {
        Order before = orders.beginCancellation(orderNumber, "the customer asked");
        if (before.status() == OrderStatus.CANCELLING) {
            return;
        }
        if (!journeys.requestCancellation(orderNumber)) {
            throw new OrderNotCancellableException(orderNumber, before.status());
        }
    }
}
