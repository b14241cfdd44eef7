package io.o2o.fulfilment.order;

/** How the customer pays: online through a wallet, or at the counter on pickup. */
public enum PaymentMethod {
    MOMO("MoMo"), ZALOPAY("ZaloPay"), PAY_AT_STORE("at the counter");

    private final String displayName;

    PaymentMethod(String displayName) {
        this.displayName = displayName;
    }

    public boolean online() {
        return this != PAY_AT_STORE;
    }

    /** As people name it: {@code MoMo}. */
    public String displayName() {
        return displayName;
    }
}
