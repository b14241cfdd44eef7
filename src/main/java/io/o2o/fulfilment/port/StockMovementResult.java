package io.o2o.fulfilment.port;

/** Answer of {@code wms.release} and {@code wms.commit}. */
public record StockMovementResult(String reservationId, String status) implements PortResult {
}
