package io.o2o.fulfilment.api;

import io.o2o.fulfilment.catalogue.Catalogue;
import io.o2o.fulfilment.catalogue.Product;
import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a storefront needs before it places an order: where it can be collected and what it costs. */
@RestController
@Tag(name = "Storefront")
class StorefrontController {

    private final StoreRepository stores;
    private final Catalogue catalogue;

    StorefrontController(StoreRepository stores, Catalogue catalogue) {
        this.stores = stores;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/stores")
    @Operation(summary = "Stores and the journeys each offers")
    List<Store> stores() {
        return stores.findAll();
    }

    @GetMapping("/api/products")
    @Operation(summary = "The products that can be ordered, with their prices in VND")
    List<Product> products() {
        return catalogue.findAll();
    }
}
