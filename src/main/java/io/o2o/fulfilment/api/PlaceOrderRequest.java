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

    /**
     * Click-and-collect names the store ({@code storeId}); ship-from-store the delivery address, the
     * stores being chosen by sourcing.
     */
    public record Fulfilment(
            @NotNull FulfilmentType type,
            @Size(max = 32) @Schema(example = "HCM-Q1") String storeId,
            @Valid Address address) {
    }

    public record Address(
            @NotBlank @Size(max = 200) @Schema(example = "Nguyễn Văn An") String name,
            @NotBlank @Pattern(regexp = "^\\+?[0-9]{9,15}$", message = "must be a phone number of 9 to 15 digits")
            @Schema(example = "0901234567") String phone,
            @NotBlank @Size(max = 300) @Schema(example = "12 Tràng Tiền") String street,
            @NotBlank @Size(max = 100) @Schema(example = "Tràng Tiền") String ward,
            @NotBlank @Size(max = 100) @Schema(example = "Hoàn Kiếm") String district,
            @NotBlank @Size(max = 100) @Schema(example = "Hà Nội") String city) {
    }

    public record Payment(@NotNull PaymentMethod method) {
    }
}
