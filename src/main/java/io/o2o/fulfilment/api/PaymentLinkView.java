package io.o2o.fulfilment.api;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderStatus;

/**
 * Where the customer pays: {@code READY} with the wallet's {@code payUrl}; {@code PENDING} while the
 * wallet is being asked, with the address to ask again ({@code href}) and when; {@code NONE} when
 * no link will come.
 */
public record PaymentLinkView(Status status, String payUrl, String href, Integer retryAfterSeconds) {

    static final int RETRY_AFTER_SECONDS = 1;

    public enum Status {
        READY, PENDING, NONE
    }

    static PaymentLinkView of(Order order) {
        if (order.paymentUrl() != null) {
            return new PaymentLinkView(Status.READY, order.paymentUrl(), null, null);
        }
        boolean coming = order.paymentMethod().online()
                && (order.status() == OrderStatus.PLACED || order.status() == OrderStatus.AWAITING_PAYMENT);
        return coming
                ? new PaymentLinkView(Status.PENDING, null, "/api/orders/" + order.orderNumber() + "/payment-link",
                        RETRY_AFTER_SECONDS)
                : new PaymentLinkView(Status.NONE, null, null, null);
    }
}
