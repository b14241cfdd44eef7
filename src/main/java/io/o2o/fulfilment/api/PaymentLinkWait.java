package io.o2o.fulfilment.api;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The wallet is called by the journey after the order is committed, so the payment link comes a
 * moment later. The API waits a short, bounded time for it so that most customers get it in the
 * first answer.
 */
@Component
class PaymentLinkWait {

    private final OrderService orders;
    private final Duration timeout;

    PaymentLinkWait(OrderService orders, @Value("${o2o.api.payment-link-wait:PT5S}") Duration timeout) {
        this.orders = orders;
        this.timeout = timeout;
    }

    Order awaitPaymentLink(Order placed) {
        Instant deadline = Instant.now().plus(timeout);
        Order order = placed;
        while (order.paymentUrl() == null && order.status() != OrderStatus.CANCELLED && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return order;
            }
            order = orders.get(placed.orderNumber());
        }
        return order;
    }
}
