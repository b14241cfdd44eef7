package io.o2o.fulfilment.port;

import java.util.List;

/**
 * Port {@code wms.release}: give held stock back. {@code lines} empty or null releases the whole
 * reservation; otherwise only the given quantities (for a short pick).
 */
public record StockReleaseRequest(String idempotencyKey, String orderNumber, String storeId, String reservationId,
        List<StockLine> lines) {
}
