package io.o2o.fulfilment.integrations.zalopay;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Connection to ZaloPay's v2 API ({@code o2o.zalopay.*}, defaults in {@code zalopay.yaml}). A
 * missing app id or key stops the application at start-up, naming the setting.
 * {@code endpoint} is the base URL without {@code /v2}.
 */
@ConditionalOnProperty(name = "o2o.zalopay.enabled", havingValue = "true", matchIfMissing = true)
@Validated
@ConfigurationProperties("o2o.zalopay")
record ZalopayProperties(@NotBlank String endpoint, @NotNull Integer appId, @NotBlank String key1,
        @NotBlank String key2, @NotBlank String callbackUrl, @NotBlank String appUser, @NotNull Duration orderTtl,
        @NotNull @PositiveOrZero Integer lookbackDays, @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout) {
}
