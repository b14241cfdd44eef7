package io.o2o.fulfilment.order;

import io.o2o.fulfilment.catalogue.Product;
import java.util.List;

/** A validated order to place: products priced from the catalogue. */
public record NewOrder(Customer customer, FulfilmentType fulfilmentType, String storeId, PaymentMethod paymentMethod,
        List<Item> items) {

    public record Item(Product product, int quantity) {
    }
}
