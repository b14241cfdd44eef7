package io.o2o.fulfilment.order;

import java.util.List;

/**
 * What the store picked against the order: {@code unpicked} are the quantities to give back to
 * stock, {@code refundDue} the money to return for them (0 when nothing was paid online).
 */
public record PickResult(Outcome outcome, List<Shortfall> unpicked, long payableAmount, long refundDue) {

    public enum Outcome {
        COMPLETE, PARTIAL, NOTHING
    }

    public record Shortfall(String sku, int quantity, ShortPickReason reason) {
    }
}
