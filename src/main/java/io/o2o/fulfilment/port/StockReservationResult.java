package io.o2o.fulfilment.port;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Answer of {@code wms.reserve}. {@code OUT_OF_STOCK} is a business outcome (nothing is held
 * and {@code shortages} says what is missing); transport or server failures are exceptions.
 */
public record StockReservationResult(Outcome outcome, String reservationId, List<StockLine> shortages)
        implements PortResult {

    public static final String OUT_OF_STOCK_CODE = "OUT_OF_STOCK";

    public enum Outcome {
        RESERVED, OUT_OF_STOCK
    }

    @Override
    public Refusal refusal() {
        if (outcome != Outcome.OUT_OF_STOCK) {
            return null;
        }
        return new Refusal(OUT_OF_STOCK_CODE, shortages == null || shortages.isEmpty() ? "shortages not specified"
                : shortages.stream().map(s -> s.sku() + " short by " + s.quantity()).collect(Collectors.joining(", ")));
    }
}
