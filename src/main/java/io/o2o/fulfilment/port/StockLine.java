package io.o2o.fulfilment.port;

/** A quantity of one SKU. */
public record StockLine(String sku, int quantity) {
}
