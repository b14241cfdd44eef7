package io.o2o.fulfilment.port;

/**
 * Ports {@code carrier.cancel} (the courier should not collect the parcel, or should bring it back)
 * and {@code carrier.return} (stop delivering and bring the parcel back to the store). Asking twice
 * changes nothing more.
 */
public record ParcelChangeRequest(String idempotencyKey, String orderNumber, String shipmentId, String storeId,
        String carrierOrderCode) {
}
