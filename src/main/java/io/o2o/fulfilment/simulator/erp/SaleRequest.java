package io.o2o.fulfilment.simulator.erp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;

/** A sale as the ERP's API takes it; amounts in VND. */
record SaleRequest(String idempotencyKey, @NotBlank String orderNumber, @NotBlank String storeId, Instant soldAt,
        String tender, long totalAmount, @NotEmpty List<@Valid SaleLine> lines) {

    record SaleLine(@NotBlank String sku, String name, @Positive int quantity, long unitPrice, long amount) {
    }
}
