package io.o2o.fulfilment.simulator.wms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** A quantity of one SKU, as the WMS API writes it. */
record Line(@NotBlank String sku, @Positive int quantity) {
}
