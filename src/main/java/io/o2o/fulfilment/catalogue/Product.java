package io.o2o.fulfilment.catalogue;

/** A sellable SKU; {@code unitPrice} in VND; {@code aisle} where pickers find it, when known. */
public record Product(String sku, String name, String category, long unitPrice, int weightGrams, String aisle) {
}
