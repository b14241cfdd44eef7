package io.o2o.fulfilment.payment;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.PaymentMethod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money rules of an order: opening its payment with the wallet chosen for it, settling the
 * wallet's answers once, capturing or voiding an authorisation, and refunds, each recorded in the
 * ledger and on the order's timeline. A settled payment never changes its mind.
 */
@Service
@Transactional
public class PaymentService {

    private final PaymentLedger ledger;
    private final OrderService orders;
    private final PaymentSettings settings;
    private final Clock clock;

    PaymentService(PaymentLedger ledger, OrderService orders, PaymentSettings settings, Clock clock) {
        this.ledger = ledger;
        this.orders = orders;
        this.settings = settings;
        this.clock = clock;
    }

    /** Opens an online order's payment with the order, so that the wallet's notification always finds it. */
    public void open(Order order) {
        if (!order.paymentMethod().online()) {
            return;
        }
        ledger.open(PaymentRecord.paymentIdFor(order.orderNumber()), order.orderNumber(), PaymentRecord.Kind.PAYMENT,
                settings.wallet(order.paymentMethod()).adapter(), order.payableAmount(),
                !settings.authorisesFirst(order.paymentMethod()));
    }

    /**
     * The order now costs less than when it was placed (lines no store can ship): the payment the
     * customer is about to be asked for is for what ships. Called before the wallet is asked.
     */
    public void repriced(String orderNumber) {
        Order order = orders.get(orderNumber);
        if (order.paymentMethod().online()) {
            ledger.reprice(PaymentRecord.paymentIdFor(orderNumber), order.payableAmount());
        }
    }

    /** Whether customers may choose {@code method}: a wallet that is switched off is not offered. */
    @Transactional(readOnly = true)
    public boolean offers(PaymentMethod method) {
        return settings.offers(method);
    }

    @Transactional(readOnly = true)
    public PaymentRecord paymentOf(String orderNumber) {
        return ledger.paymentOf(orderNumber)
                .orElseThrow(() -> new IllegalStateException("Order " + orderNumber + " has no online payment"));
    }

    @Transactional(readOnly = true)
    public Optional<PaymentRecord> find(String paymentId) {
        return ledger.find(paymentId);
    }

    public void linkCreated(String orderNumber, String payUrl) {
        orders.awaitingPayment(orderNumber, payUrl);
    }

    public void createRejected(String orderNumber, String paymentId, String resultCode, String message) {
        ledger.settle(paymentId, PaymentRecord.Status.FAILED, null, resultCode, message);
        orders.paymentRejected(orderNumber, resultCode + " " + message);
    }

    /**
     * Settles a pending payment with the wallet's final answer, from its notification or from a
     * reconciliation query; whichever comes second changes nothing.
     */
    public Settlement settle(String paymentId, PaymentRecord.Status outcome, long amount, String providerTransactionId,
            String resultCode, String message) {
        PaymentRecord payment = ledger.find(paymentId)
                .orElseThrow(() -> new IllegalStateException("No payment " + paymentId));
        if (!ledger.settle(paymentId, outcome, providerTransactionId, resultCode, message)) {
            return Settlement.ALREADY_SETTLED;
        }
        String orderNumber = payment.orderNumber();
        return switch (outcome) {
            case FAILED -> {
                orders.paymentFailed(orderNumber, resultCode + " " + message);
                yield Settlement.FAILED;
            }
            case PAID -> orders.paid(orderNumber, amount) ? Settlement.CONFIRMED : Settlement.GIVE_BACK;
            case AUTHORISED -> orders.authorised(orderNumber, amount) ? Settlement.CONFIRMED : Settlement.GIVE_BACK;
            default -> throw new IllegalArgumentException("A payment does not settle as " + outcome);
        };
    }

    /** The amount to capture from an authorised payment: all of it where the wallet cannot capture less. */
    @Transactional(readOnly = true)
    public long amountToCapture(Order order, PaymentRecord payment) {
        return settings.wallet(order.paymentMethod()).authorisation() == PaymentSettings.Authorisation.PARTIAL_CAPTURE
                ? Math.min(order.payableAmount(), payment.amount())
                : payment.amount();
    }

    /**
     * Records a capture.
     *
     * @return what was taken beyond what the order now costs, to be refunded
     */
    public long captured(String orderNumber, String paymentId, long amount, String providerTransactionId,
            String resultCode, String message) {
        if (ledger.captured(paymentId, amount, providerTransactionId, resultCode, message)) {
            orders.captured(orderNumber, amount);
        }
        Order order = orders.get(orderNumber);
        return Math.max(0, order.netPaid() - order.payableAmount());
    }

    public void captureRejected(String orderNumber, String resultCode, String message) {
        orders.paymentProblem(orderNumber, "The wallet refused to capture the payment: " + resultCode + " " + message);
    }

    public void voided(String orderNumber, String paymentId, String resultCode, String message) {
        if (ledger.move(paymentId, PaymentRecord.Status.AUTHORISED, PaymentRecord.Status.VOIDED, null, resultCode,
                message)) {
            orders.authorisationReleased(orderNumber);
        }
    }

    public void voidRejected(String orderNumber, String resultCode, String message) {
        orders.paymentProblem(orderNumber, "The wallet refused to release the authorisation: " + resultCode + " "
                + message);
    }

    /** What giving an order's money back takes: releasing an authorisation, a refund, or nothing. */
    @Transactional(readOnly = true)
    public GiveBack giveBack(String orderNumber) {
        Optional<PaymentRecord> payment = ledger.paymentOf(orderNumber);
        if (payment.isPresent() && payment.get().status() == PaymentRecord.Status.AUTHORISED) {
            return GiveBack.VOID;
        }
        return orders.get(orderNumber).netPaid() > 0 ? GiveBack.REFUND : GiveBack.NONE;
    }

    /** Whether the order's money is only held and must be captured. */
    @Transactional(readOnly = true)
    public boolean captureDue(String orderNumber) {
        return ledger.paymentOf(orderNumber).map(p -> p.status() == PaymentRecord.Status.AUTHORISED).orElse(false);
    }

    /**
     * Whether money the wallet still holds must be captured now, because the hold is about to lapse:
     * not once the goods have left the store (the handover captures) nor while the order is being
     * cancelled (the cancellation releases the hold).
     */
    @Transactional(readOnly = true)
    public boolean captureBeforeHoldLapses(String orderNumber) {
        return captureDue(orderNumber) && orders.get(orderNumber).status().cancellable();
    }

    /**
     * Opens a refund of at most what is left of the payment.
     *
     * @return the refund, or empty when nothing is left to give back
     */
    public Optional<PaymentRecord> openRefund(String orderNumber, String refundId, long requested) {
        Optional<PaymentRecord> existing = ledger.find(refundId);
        if (existing.isPresent()) {
            return existing;
        }
        PaymentRecord payment = paymentOf(orderNumber);
        long amount = Math.min(requested, orders.get(orderNumber).netPaid());
        if (payment.status() != PaymentRecord.Status.PAID || amount <= 0) {
            return Optional.empty();
        }
        ledger.open(refundId, orderNumber, PaymentRecord.Kind.REFUND, payment.provider(), amount, true);
        return ledger.find(refundId);
    }

    public void refunded(String orderNumber, String refundId, long amount, String providerTransactionId,
            String resultCode, String message, String reason) {
        if (ledger.settle(refundId, PaymentRecord.Status.REFUNDED, providerTransactionId, resultCode, message)) {
            orders.refunded(orderNumber, amount, reason);
        }
    }

    public void refundRejected(String orderNumber, String refundId, long amount, String resultCode, String message) {
        if (ledger.settle(refundId, PaymentRecord.Status.REJECTED, null, resultCode, message)) {
            orders.refundRejected(orderNumber, amount, resultCode + " " + message);
        }
    }

    /**
     * Ops paid a refund the wallet refused another way (bank transfer, cash, voucher): the refund
     * counts as given back, with who resolved it and how.
     */
    public void refundResolvedByHand(String orderNumber, String refundId, String user, String reference) {
        PaymentRecord refund = ledger.find(refundId)
                .orElseThrow(() -> new IllegalStateException("No refund " + refundId));
        if (ledger.resolvedByHand(refundId, user, reference)) {
            orders.refunded(orderNumber, refund.amount(), "resolved by hand by " + user + ": " + reference);
        }
    }

    /**
     * Pending payments older than the reconciliation delay, each claimed by this node for one check.
     * Past {@code reconcile-within} no link can be paid any more, and a payment never created at the
     * wallet (its order was cancelled first) is not asked about for ever.
     */
    public List<PaymentRecord> claimPendingForCheck(int limit) {
        Duration after = settings.reconcileAfter();
        Instant now = Instant.now(clock);
        return ledger.pendingBetween(now.minus(settings.reconcileWithin()), now.minus(after), limit).stream()
                .filter(p -> ledger.claimCheck(p.paymentId(), now.minus(after)))
                .toList();
    }

    /** What settling a payment means for the order's journey. */
    public enum Settlement {
        /** paid or authorised: the journey goes on */
        CONFIRMED,
        /** the wallet said no: the journey hears of it */
        FAILED,
        /** money arrived for a cancelled order: give it back */
        GIVE_BACK,
        /** settled before: nothing changes */
        ALREADY_SETTLED
    }

    public enum GiveBack {
        VOID, REFUND, NONE
    }
}
