package io.o2o.fulfilment.integrations.common;

import java.time.Duration;

/**
 * How to reach a partner's JSON API. {@code baseUrlProperty} names the setting that holds the base
 * URL; it is read per call, because a simulator's URL may hold a port that is only known once the
 * web server runs. {@code codeField} and {@code messageField} are where every answer of the
 * partner carries its result code and message ({@code resultCode}/{@code message} at MoMo).
 */
public record PartnerApi(String system, String baseUrlProperty, Duration connectTimeout, Duration readTimeout,
        String codeField, String messageField) {
}
