package io.o2o.fulfilment.port;

import java.time.Instant;
import java.util.List;

/** Port {@code erp.post-sale}: the sale to book in the ERP once the customer has the goods. */
public record SaleRecord(String idempotencyKey, String orderNumber, String storeId, Instant soldAt, String tender,
        long totalAmount, List<SaleLine> lines) {

    public record SaleLine(String sku, String name, int quantity, long unitPrice, long amount) {
    }
}
