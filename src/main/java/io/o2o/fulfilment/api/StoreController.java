package io.o2o.fulfilment.api;

import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Stores")
class StoreController {

    private final StoreRepository stores;

    StoreController(StoreRepository stores) {
        this.stores = stores;
    }

    @GetMapping("/api/stores")
    @Operation(summary = "Stores and the journeys each offers")
    List<Store> stores() {
        return stores.findAll();
    }
}
