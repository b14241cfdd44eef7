package io.o2o.fulfilment.catalogue;

/** A sellable SKU; {@code unitPrice} in VND. */
public record Product(String sku, String name, String category, long unitPrice, int weightGrams) {
}
