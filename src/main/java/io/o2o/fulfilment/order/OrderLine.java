package io.o2o.fulfilment.order;

/** One SKU of an order; {@code pickedQuantity} is null until the store has picked. */
public record OrderLine(int lineNumber, String sku, String name, long unitPrice, int quantity, Integer pickedQuantity) {

    /** The quantity the customer will receive: the picked one once known. */
    public int fulfilledQuantity() {
        return pickedQuantity == null ? quantity : pickedQuantity;
    }

    public long amount() {
        return unitPrice * fulfilledQuantity();
    }

    /** The same line at another quantity, not yet picked: a parcel's share of it. */
    public OrderLine withQuantity(int share) {
        return new OrderLine(lineNumber, sku, name, unitPrice, share, null);
    }
}
