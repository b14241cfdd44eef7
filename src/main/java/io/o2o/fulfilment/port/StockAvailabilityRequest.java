package io.o2o.fulfilment.port;

import java.util.List;

/** Port {@code wms.availability}: how much of each SKU the given stores can sell now. */
public record StockAvailabilityRequest(List<String> skus, List<String> storeIds) {
}
