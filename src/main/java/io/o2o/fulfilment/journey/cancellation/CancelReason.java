package io.o2o.fulfilment.journey.cancellation;

import java.util.Map;

/** Why an order was cancelled, as the model records it and as a person reads it. */
public final class CancelReason {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "OUT_OF_STOCK", "the store does not have the items",
            "PAYMENT_REJECTED", "the wallet refused the payment",
            "PAYMENT_FAILED", "the payment did not go through",
            "PAYMENT_TIMEOUT", "the order was not paid in time",
            "NOTHING_PICKED", "none of the items could be picked",
            "NOT_COLLECTED", "the order was not collected in time",
            "NOT_AVAILABLE", "no store can ship the items",
            "CUSTOMER", "the customer cancelled");

    private CancelReason() {
    }

    public static String describe(String code) {
        return code == null ? "no reason recorded" : DESCRIPTIONS.getOrDefault(code, code);
    }

    /** The code as a metric tag: one of the known codes, {@code NONE} or {@code OTHER}. */
    static String tag(String code) {
        return code == null ? "NONE" : DESCRIPTIONS.containsKey(code) ? code : "OTHER";
    }
}
