package io.o2o.fulfilment.order;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** @param key the secret pickup codes are derived with ({@code o2o.pickup-code.key}); changing it voids issued codes */
@ConfigurationProperties("o2o.pickup-code")
@Validated
record PickupCodeProperties(@NotBlank String key) {
}
