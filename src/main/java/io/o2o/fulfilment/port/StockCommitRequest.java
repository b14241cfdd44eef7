package io.o2o.fulfilment.port;

import java.util.List;

/**
 * Port {@code wms.commit}: the held stock left the store with the customer; on-hand stock goes
 * down by {@code lines} and the reservation is closed.
 */
public record StockCommitRequest(String idempotencyKey, String orderNumber, String storeId, String reservationId,
        List<StockLine> lines) {
}
