package io.o2o.fulfilment.payment;

import io.o2o.fulfilment.order.PaymentMethod;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How online payments are taken.
 *
 * @param wallets the adapter of each wallet and what it can do
 * @param capture when money moves: {@code AT_ORDER} (pay now, refund differences) or
 *        {@code AT_HANDOVER} (authorise at order, capture when the customer has the goods) for wallets
 *        that can authorise
 * @param reconcileAfter a payment still pending this long is asked for at the wallet
 * @param reconcileWithin and asked for until it is this old (longer than any payment link lives)
 * @param maxAuthorisationHold how long a wallet holds an authorisation before it lapses; money still
 *        held is captured before then, even if the customer has not collected the order yet
 */
@ConfigurationProperties("o2o.payment")
public record PaymentSettings(Map<PaymentMethod, Wallet> wallets, CapturePolicy capture,
        Duration reconcileAfter, Duration reconcileWithin, Duration maxAuthorisationHold) {

    public Wallet wallet(PaymentMethod method) {
        Wallet wallet = wallets == null ? null : wallets.get(method);
        if (wallet == null || wallet.adapter() == null || wallet.adapter().isBlank()) {
            throw new IllegalStateException("No wallet adapter configured for " + method + ": set o2o.payment.wallets."
                    + method + ".adapter");
        }
        return wallet;
    }

    /** Whether an order paid with {@code method} authorises now and captures at handover. */
    public boolean authorisesFirst(PaymentMethod method) {
        return method.online() && capture == CapturePolicy.AT_HANDOVER
                && wallet(method).authorisation() != Authorisation.NONE;
    }

    /** How long before the wallet's hold lapses money still held is captured, so a retried capture is in time. */
    static final Duration HOLD_SAFETY_MARGIN = Duration.ofHours(6);

    /**
     * When money a wallet still holds for a journey's order must be captured: the hold begins when the
     * customer pays, at the latest when the journey's payment window closes.
     *
     * @param windowSetting the payment window's property, named when the hold is too short for it
     */
    public Duration captureHeldMoneyAfter(Duration paymentWindow, String windowSetting) {
        Duration after = maxAuthorisationHold.minus(paymentWindow).minus(HOLD_SAFETY_MARGIN);
        if (after.isNegative() || after.isZero()) {
            throw new IllegalStateException("o2o.payment.max-authorisation-hold (" + maxAuthorisationHold
                    + ") must be longer than " + windowSetting + " (" + paymentWindow + ") plus " + HOLD_SAFETY_MARGIN
                    + " to capture held money in time");
        }
        return after;
    }

    /** Whether customers may pay with {@code method}: at the store always, a wallet when it is enabled. */
    public boolean offers(PaymentMethod method) {
        if (!method.online()) {
            return true;
        }
        Wallet wallet = wallets == null ? null : wallets.get(method);
        return wallet != null && wallet.enabled();
    }

    /**
     * @param adapter the adapter serving the {@code payment.*} ports for this wallet
     * @param authorisation whether the wallet can hold money and capture it later
     * @param enabled false: the wallet is not offered to customers
     */
    public record Wallet(String adapter, Authorisation authorisation, @DefaultValue("true") boolean enabled) {
    }

    public enum Authorisation {
        /** pay now only */
        NONE,
        /** captures exactly the authorised amount (MoMo); a short pick is refunded after the capture */
        FULL_CAPTURE_ONLY,
        /** captures any amount up to the authorised one */
        PARTIAL_CAPTURE
    }

    public enum CapturePolicy {
        AT_ORDER, AT_HANDOVER
    }
}
