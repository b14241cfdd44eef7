package io.o2o.fulfilment.integrations.momo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection to MoMo's one-time payment API ({@code o2o.momo.*}, defaults in {@code momo.yaml}).
 * {@code endpoint} is the base URL without {@code /v2/gateway/api}.
 */
@ConfigurationProperties("o2o.momo")
record MomoProperties(String endpoint, String partnerCode, String accessKey, String secretKey, String ipnUrl,
        String redirectUrl, String requestType, String lang, Duration connectTimeout, Duration readTimeout) {

    private static final Duration MOMO_MINIMUM_READ_TIMEOUT = Duration.ofSeconds(30);

    MomoProperties {
        if (readTimeout != null && readTimeout.compareTo(MOMO_MINIMUM_READ_TIMEOUT) < 0) {
            throw new IllegalArgumentException("o2o.momo.read-timeout must be at least 30s (MoMo's rule), was "
                    + readTimeout);
        }
    }
}
