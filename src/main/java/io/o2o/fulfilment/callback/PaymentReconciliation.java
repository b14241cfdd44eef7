package io.o2o.fulfilment.callback;

import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.port.PaymentNotification;
import io.o2o.fulfilment.port.PaymentStatus;
import io.o2o.fulfilment.port.PaymentStatusRequest;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.process.PortClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Payments whose notification never came: once pending longer than
 * {@code o2o.payment.reconcile-after}, the wallet is asked where each stands, and a final answer is
 * taken exactly as its notification would have been; the payment settles once, so a notification
 * arriving afterwards changes nothing. Each payment is claimed by one node per round.
 */
@Component
public class PaymentReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

    private final PaymentService payments;
    private final PortClient ports;
    private final PaymentCallbacks callbacks;

    PaymentReconciliation(PaymentService payments, PortClient ports, PaymentCallbacks callbacks) {
        this.payments = payments;
        this.ports = ports;
        this.callbacks = callbacks;
    }

    @Scheduled(fixedDelayString = "${o2o.payment.reconcile-interval:PT1M}")
    public void reconcile() {
        for (PaymentRecord payment : payments.claimPendingForCheck(50)) {
            try {
                reconcile(payment);
            } catch (RuntimeException e) {
                log.warn("Could not reconcile payment {} of order {}: {}", payment.paymentId(), payment.orderNumber(),
                        e.getMessage());
            }
        }
    }

    private void reconcile(PaymentRecord payment) {
        PaymentStatus status = ports.call(Port.PAYMENT_QUERY, payment.provider(),
                new PaymentStatusRequest(payment.paymentId() + "-Q", payment.orderNumber(), payment.paymentId()));
        PaymentNotification.Outcome outcome = switch (status.state()) {
            case PENDING -> null;
            case PAID -> PaymentNotification.Outcome.PAID;
            case AUTHORISED -> PaymentNotification.Outcome.AUTHORISED;
            case FAILED -> PaymentNotification.Outcome.FAILED;
        };
        if (outcome == null) {
            return;
        }
        log.info("Payment {} of order {} reconciled at {}: {}", payment.paymentId(), payment.orderNumber(),
                payment.provider(), status.state());
        callbacks.accept(new PaymentNotification(payment.provider(), payment.paymentId(), status.amount(), outcome,
                status.providerTransactionId(), status.resultCode(), status.message(),
                payment.provider() + ":" + payment.paymentId() + ":reconciled:" + status.state()));
    }
}
