package io.o2o.fulfilment.order;

import java.util.Locale;

/** Whole VND as people in Vietnam write them: {@code 1.250.000 ₫}. */
public final class Vnd {

    private Vnd() {
    }

    /** A negative amount (nothing left to collect) reads 0 ₫. */
    public static String format(long amount) {
        return String.format(Locale.ROOT, "%,d ₫", Math.max(0, amount)).replace(',', '.');
    }
}
