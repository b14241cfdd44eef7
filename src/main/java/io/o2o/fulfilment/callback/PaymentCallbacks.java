package io.o2o.fulfilment.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.journey.JourneyEngine;
import io.o2o.fulfilment.journey.JourneyVariables;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.OrderStatus;
import io.o2o.fulfilment.payment.PaymentLedger;
import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.port.CallbackRejectedException;
import io.o2o.fulfilment.port.PaymentNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a wallet's payment notification: checks it against the payment the application asked
 * for, records it once, and tells the order's journey.
 */
@Service
public class PaymentCallbacks {

    private static final Logger log = LoggerFactory.getLogger(PaymentCallbacks.class);

    private final PaymentLedger ledger;
    private final OrderService orders;
    private final CallbackInbox inbox;
    private final CallbackDelivery delivery;
    private final JourneyEngine journeys;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    PaymentCallbacks(PaymentLedger ledger, OrderService orders, CallbackInbox inbox, CallbackDelivery delivery,
            JourneyEngine journeys, TransactionTemplate transaction, ObjectMapper json) {
        this.ledger = ledger;
        this.orders = orders;
        this.inbox = inbox;
        this.delivery = delivery;
        this.journeys = journeys;
        this.transaction = transaction;
        this.json = json;
    }

    public void accept(PaymentNotification notification) {
        PaymentRecord payment = ledger.find(notification.paymentId())
                .filter(p -> p.kind() == PaymentRecord.Kind.PAYMENT)
                .orElseThrow(() -> reject(notification, "no payment " + notification.paymentId() + " was requested"));
        if (!payment.provider().equals(notification.provider())) {
            throw reject(notification, "payment " + payment.paymentId() + " was requested from " + payment.provider());
        }
        if (payment.amount() != notification.amount()) {
            throw reject(notification, "amount " + notification.amount() + " differs from the requested "
                    + payment.amount());
        }
        String message = notification.outcome() == PaymentNotification.Outcome.PAID
                ? JourneyVariables.MESSAGE_PAYMENT_CONFIRMED
                : JourneyVariables.MESSAGE_PAYMENT_FAILED;
        Boolean fresh = transaction.execute(status -> record(notification, payment, message));
        if (Boolean.TRUE.equals(fresh)) {
            delivery.deliver(notification.deduplicationKey(), payment.orderNumber(), message);
        } else {
            log.info("Payment notification {} for {} was received before; nothing changes",
                    notification.deduplicationKey(), payment.orderNumber());
        }
    }

    private boolean record(PaymentNotification notification, PaymentRecord payment, String message) {
        if (!inbox.store(notification.provider(), notification.deduplicationKey(), payment.orderNumber(), message,
                payload(notification))) {
            return false;
        }
        PaymentRecord current = ledger.find(payment.paymentId()).orElseThrow();
        if (current.status() != PaymentRecord.Status.PENDING) {
            // A settled payment does not change its mind: later notifications are kept but not applied.
            inbox.delivered(notification.deduplicationKey());
            log.warn("Payment {} is already {}; notification {} kept without effect", payment.paymentId(),
                    current.status(), notification.deduplicationKey());
            return false;
        }
        String orderNumber = payment.orderNumber();
        if (notification.outcome() == PaymentNotification.Outcome.PAID) {
            ledger.settle(payment.paymentId(), PaymentRecord.Status.PAID, notification.providerTransactionId(),
                    notification.resultCode(), notification.message());
            Order order = orders.get(orderNumber);
            if (order.status() == OrderStatus.CANCELLED) {
                orders.paidAfterCancellation(orderNumber, notification.amount());
                journeys.refundLatePayment(orderNumber, notification.amount());
                inbox.delivered(notification.deduplicationKey());
                return false;
            }
            orders.paid(orderNumber, notification.amount());
        } else {
            ledger.settle(payment.paymentId(), PaymentRecord.Status.FAILED, notification.providerTransactionId(),
                    notification.resultCode(), notification.message());
            orders.paymentFailed(orderNumber, notification.resultCode() + " " + notification.message());
        }
        return true;
    }

    private CallbackRejectedException reject(PaymentNotification notification, String reason) {
        log.warn("Rejected {} payment notification {}: {}", notification.provider(), notification.deduplicationKey(),
                reason);
        return new CallbackRejectedException(reason);
    }

    private String payload(PaymentNotification notification) {
        try {
            return json.writeValueAsString(notification);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
