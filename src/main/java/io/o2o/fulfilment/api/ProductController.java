package io.o2o.fulfilment.api;

import io.o2o.fulfilment.catalogue.Catalogue;
import io.o2o.fulfilment.catalogue.Product;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Catalogue")
class ProductController {

    private final Catalogue catalogue;

    ProductController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/products")
    @Operation(summary = "The products that can be ordered, with their prices in VND")
    List<Product> products() {
        return catalogue.findAll();
    }
}
