package io.o2o.fulfilment.api;

/** No payment link will come for the order; the message says why. */
class PaymentLinkUnavailableException extends RuntimeException {

    PaymentLinkUnavailableException(String orderNumber, String reason) {
        super("Order " + orderNumber + " has no payment link: " + reason);
    }
}
