package io.o2o.fulfilment.api;

import io.o2o.fulfilment.order.FulfilmentType;
import io.o2o.fulfilment.order.PaymentMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An order as the storefront sends it. Prices are not taken from the client. */
public record PlaceOrderRequest(
        @NotNull @Valid CustomerDetails customer,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Line> lines,
        @NotNull @Valid Fulfilment fulfilment,
        @NotNull @Valid Payment payment) {

    public record CustomerDetails(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "^\\+?[0-9]{9,15}$", message = "must be a phone number of 9 to 15 digits")
            String phone,
            @Email @Size(max = 200) String email) {
    }

    public record Line(
            @NotBlank @Schema(example = "SKU-1001") String sku,
            @NotNull @Positive @Max(99) Integer quantity) {
    }

    public record Fulfilment(
            @NotNull FulfilmentType type,
            @NotBlank @Schema(example = "HCM-Q1") String storeId) {
    }

    public record Payment(@NotNull PaymentMethod method) {
    }
}
