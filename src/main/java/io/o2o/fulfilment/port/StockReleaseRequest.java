package io.o2o.fulfilment.port;

import java.util.List;

/**
 * Port {@code wms.release}: give held stock back. With a {@code reservationId}, the given
 * {@code lines} of that reservation (a short pick). Without one, everything the order holds in the
 * store, and a reservation for it that arrives later holds nothing: a cancellation does not need to
 * know whether a reservation in flight succeeded.
 */
public record StockReleaseRequest(String idempotencyKey, String orderNumber, String storeId, String reservationId,
        List<StockLine> lines) {
}
