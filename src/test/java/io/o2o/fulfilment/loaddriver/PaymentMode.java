package io.o2o.fulfilment.loaddriver;

import java.util.random.RandomGenerator;

/** How the generated orders pay: all through MoMo, all at the store, or an even mix. */
enum PaymentMode {

    MOMO, PAY_AT_STORE, MIXED;

    /** The payment method one order uses, as the order API spells it. */
    String pick(RandomGenerator random) {
        return switch (this) {
            case MOMO -> "MOMO";
            case PAY_AT_STORE -> "PAY_AT_STORE";
            case MIXED -> random.nextBoolean() ? "MOMO" : "PAY_AT_STORE";
        };
    }
}
