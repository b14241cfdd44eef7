package io.o2o.fulfilment.integrations.momo;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Connection to MoMo's one-time payment API ({@code o2o.momo.*}, defaults in {@code momo.yaml}).
 * {@code endpoint} is the base URL without {@code /v2/gateway/api}. The merchant's keys have no
 * default outside the demo profile: a start without them fails naming the missing property.
 */
@ConditionalOnProperty(name = "o2o.momo.enabled", havingValue = "true", matchIfMissing = true)
@ConfigurationProperties("o2o.momo")
@Validated
record MomoProperties(@NotBlank String endpoint, @NotBlank String partnerCode, @NotBlank String accessKey,
        @NotBlank String secretKey, String ipnUrl,
        String redirectUrl, String requestType, String lang, Duration connectTimeout, Duration readTimeout) {

    private static final Duration MOMO_MINIMUM_READ_TIMEOUT = Duration.ofSeconds(30);

    MomoProperties {
        if (readTimeout != null && readTimeout.compareTo(MOMO_MINIMUM_READ_TIMEOUT) < 0) {
            throw new IllegalArgumentException("o2o.momo.read-timeout must be at least 30s (MoMo's rule), was "
                    + readTimeout);
        }
    }
}
