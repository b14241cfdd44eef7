package io.o2o.fulfilment.port;

import java.util.List;

/**
 * Port {@code wms.reserve}: hold stock in a store for an order. The idempotency key makes a
 * repeated call return the first reservation instead of holding stock twice.
 */
public record StockReservationRequest(String idempotencyKey, String orderNumber, String storeId,
        List<StockLine> lines) {
}
