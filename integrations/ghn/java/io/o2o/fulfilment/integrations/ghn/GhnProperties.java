package io.o2o.fulfilment.integrations.ghn;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Connection to GHN's public API v2 ({@code o2o.ghn.*}, defaults in {@code ghn.yaml}). The API token,
 * the shop and the webhook secret have no default outside the demo profile: a start without them
 * fails naming the setting. {@code shops} gives a store its own GHN shop ({@code HCM-Q1: 2510101});
 * a store not listed ships as {@code shopId}. {@code maxInsuranceValue} is GHN's ceiling for the
 * declared value: a parcel worth more is insured up to it.
 */
@ConditionalOnProperty(name = "o2o.ghn.enabled", havingValue = "true", matchIfMissing = true)
@Validated
@ConfigurationProperties("o2o.ghn")
record GhnProperties(@NotBlank String baseUrl, @NotBlank String token, @NotNull @Positive Long shopId,
        Map<String, Long> shops, @NotBlank @Size(min = 16) String webhookSecret,
        @NotNull @Pattern(regexp = "CHOTHUHANG|CHOXEMHANGKHONGTHU|KHONGCHOXEMHANG") String requiredNote,
        @NotNull Integer serviceTypeId, @NotNull @PositiveOrZero Long maxInsuranceValue,
        @NotNull Duration connectTimeout, @NotNull Duration readTimeout) {

    GhnProperties {
        shops = shops == null ? Map.of() : Map.copyOf(shops);
    }

    /**
     * The GHN shop a store ships as. Store ids are compared ignoring case, since a setting given as an
     * environment variable arrives in lower case.
     */
    long shopOf(String storeId) {
        if (storeId != null) {
            for (Map.Entry<String, Long> shop : shops.entrySet()) {
                if (shop.getKey().toLowerCase(Locale.ROOT).equals(storeId.toLowerCase(Locale.ROOT))) {
                    return shop.getValue();
                }
            }
        }
        return shopId;
    }
}
