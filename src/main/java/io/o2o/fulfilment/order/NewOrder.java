package io.o2o.fulfilment.order;

import io.o2o.fulfilment.catalogue.Product;
import java.util.List;

/**
 * A validated order to place: products priced from the catalogue. A click-and-collect order names
 * its store; a ship-from-store order its delivery address, the store being chosen by sourcing.
 */
public record NewOrder(Customer customer, FulfilmentType fulfilmentType, String storeId, PaymentMethod paymentMethod,
        List<Item> items, DeliveryAddress deliveryAddress) {

    /** A click-and-collect order at {@code storeId}. */
    public NewOrder(Customer customer, FulfilmentType fulfilmentType, String storeId, PaymentMethod paymentMethod,
            List<Item> items) {
        this(customer, fulfilmentType, storeId, paymentMethod, items, null);
    }

    public record Item(Product product, int quantity) {
    }
}
