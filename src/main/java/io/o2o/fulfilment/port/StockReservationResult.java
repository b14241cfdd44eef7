package io.o2o.fulfilment.port;

import java.util.List;

/**
 * Answer of {@code wms.reserve}. {@code OUT_OF_STOCK} is a business outcome (nothing is held
 * and {@code shortages} says what is missing); transport or server failures are exceptions.
 */
public record StockReservationResult(Outcome outcome, String reservationId, List<StockLine> shortages) {

    public enum Outcome {
        RESERVED, OUT_OF_STOCK
    }
}
