package io.o2o.fulfilment.port;

import java.util.List;
import java.util.Map;

/**
 * Answer of {@code wms.availability}: per store, the quantity of each SKU on hand and not held for
 * another order. A store or SKU the WMS does not know is absent or 0.
 */
public record StockAvailability(List<StoreStock> stores) implements PortResult {

    public record StoreStock(String storeId, Map<String, Integer> available) {

        public int of(String sku) {
            return available == null ? 0 : available.getOrDefault(sku, 0);
        }
    }
}
