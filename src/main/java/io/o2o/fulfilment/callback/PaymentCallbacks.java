package io.o2o.fulfilment.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.ops.OrderLogContext;
import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.port.CallbackRejectedException;
import io.o2o.fulfilment.port.PaymentNotification;
import io.o2o.fulfilment.process.JourneyEngine;
import io.o2o.fulfilment.process.JourneyVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a wallet's payment notification: checks it against the payment the application asked
 * for, records it once, and tells the order's journey. Money that arrives for an order being
 * cancelled is refunded.
 */
@Service
public class PaymentCallbacks {

    private static final Logger log = LoggerFactory.getLogger(PaymentCallbacks.class);

    private final PaymentService payments;
    private final CallbackInbox inbox;
    private final CallbackDelivery delivery;
    private final JourneyEngine journeys;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    PaymentCallbacks(PaymentService payments, CallbackInbox inbox, CallbackDelivery delivery,
            JourneyEngine journeys, TransactionTemplate transaction, ObjectMapper json) {
        this.payments = payments;
        this.inbox = inbox;
        this.delivery = delivery;
        this.journeys = journeys;
        this.transaction = transaction;
        this.json = json;
    }

    public void accept(PaymentNotification notification) {
        PaymentRecord payment = payments.find(notification.paymentId())
                .filter(p -> p.kind() == PaymentRecord.Kind.PAYMENT)
                .orElseThrow(() -> reject("no payment " + notification.paymentId() + " was requested"));
        if (!payment.provider().equals(notification.provider())) {
            throw reject("payment " + payment.paymentId() + " was requested from " + payment.provider());
        }
        if (payment.amount() != notification.amount()) {
            throw reject("amount " + notification.amount() + " differs from the requested "
                    + payment.amount());
        }
        String message = notification.outcome() == PaymentNotification.Outcome.FAILED
                ? JourneyVariables.MESSAGE_PAYMENT_FAILED
                : JourneyVariables.MESSAGE_PAYMENT_CONFIRMED;
        try (OrderLogContext context = OrderLogContext.of(payment.orderNumber())) {
            Boolean forTheJourney = transaction.execute(status -> record(notification, payment, message));
            if (Boolean.TRUE.equals(forTheJourney)) {
                delivery.deliver(notification.deduplicationKey(), payment.orderNumber(), message);
            }
        }
    }

    /** @return true when the journey must hear of it; false for a replay or a settled matter */
    private boolean record(PaymentNotification notification, PaymentRecord payment, String message) {
        String key = notification.deduplicationKey();
        if (!inbox.store(notification.provider(), key, payment.orderNumber(), message, payload(notification))) {
            log.info("Payment notification {} for {} was received before; nothing changes", key,
                    payment.orderNumber());
            return false;
        }
        PaymentService.Settlement settlement = payments.settle(payment.paymentId(), status(notification.outcome()),
                notification.amount(), notification.providerTransactionId(), notification.resultCode(),
                notification.message());
        return switch (settlement) {
            case CONFIRMED, FAILED -> true;
            case ALREADY_SETTLED -> {
                inbox.delivered(key);
                log.info("Payment {} was already settled; notification {} kept without effect", payment.paymentId(),
                        key);
                yield false;
            }
            case GIVE_BACK -> {
                log.warn("Payment {} arrived for order {} after it was cancelled; giving it back",
                        payment.paymentId(), payment.orderNumber());
                journeys.giveBackLatePayment(payment.orderNumber(), notification.amount());
                inbox.delivered(key);
                yield false;
            }
        };
    }

    private static PaymentRecord.Status status(PaymentNotification.Outcome outcome) {
        return switch (outcome) {
            case PAID -> PaymentRecord.Status.PAID;
            case AUTHORISED -> PaymentRecord.Status.AUTHORISED;
            case FAILED -> PaymentRecord.Status.FAILED;
        };
    }

    /** The adapter that received the callback logs the rejection once, with the partner's own fields. */
    private static CallbackRejectedException reject(String reason) {
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
