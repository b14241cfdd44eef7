package io.o2o.fulfilment.port;

import java.util.List;

/**
 * Port {@code wms.restock}: goods that came back to a store (a returned parcel) go back on its
 * shelves. The idempotency key makes a repeated call add them once.
 */
public record StockRestockRequest(String idempotencyKey, String orderNumber, String storeId, List<StockLine> lines) {
}
