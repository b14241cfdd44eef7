package io.o2o.fulfilment.order;

/** How the customer pays: online through a wallet, at the counter on pickup, or to the courier on delivery. */
public enum PaymentMethod {
    MOMO("MoMo"), ZALOPAY("ZaloPay"), PAY_AT_STORE("at the counter"), CASH_ON_DELIVERY("cash on delivery");

    private final String displayName;

    PaymentMethod(String displayName) {
        this.displayName = displayName;
    }

    public boolean online() {
        return this != PAY_AT_STORE && this != CASH_ON_DELIVERY;
    }

    /** Whether {@code type} orders may be paid this way: the counter only for pickup, the courier only for delivery. */
    public boolean suits(FulfilmentType type) {
        return switch (this) {
            case PAY_AT_STORE -> type != FulfilmentType.SHIP_FROM_STORE;
            case CASH_ON_DELIVERY -> type == FulfilmentType.SHIP_FROM_STORE;
            default -> true;
        };
    }

    /** As people name it: {@code MoMo}. */
    public String displayName() {
        return displayName;
    }
}
