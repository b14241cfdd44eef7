package io.o2o.fulfilment.order;

/** How the customer pays: online through a wallet, or at the counter on pickup. */
public enum PaymentMethod {
    MOMO, PAY_AT_STORE;

    public boolean online() {
        return this != PAY_AT_STORE;
    }
}
