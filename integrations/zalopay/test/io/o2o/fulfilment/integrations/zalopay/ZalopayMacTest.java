package io.o2o.fulfilment.integrations.zalopay;

import static org.assertj.core.api.Assertions.assertThat;

import io.o2o.fulfilment.integrations.zalopay.ZalopayMac.Request;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expected macs were computed outside Java with
 * {@code printf '%s' "$RAW" | openssl dgst -sha256 -hmac "$KEY"}, where RAW is the raw string
 * asserted in the same test and KEY is {@link #KEY1} or {@link #KEY2}.
 */
class ZalopayMacTest {

    static final String KEY1 = "demo-zp-k1-Qm8vT2xLr5NcW9aEy3Hd";
    static final String KEY2 = "demo-zp-k2-Ks4pZ7bVx1GfJ6uRt0Mn";

    private final ZalopayMac mac = new ZalopayMac(KEY1, KEY2);

    @Test
    void signsCreateOverItsFieldsInZalopaysOrder() {
        Map<String, Object> create = new LinkedHashMap<>();
        create.put("app_id", 2026);
        create.put("app_user", "o2o-fulfilment");
        create.put("app_trans_id", "260301_WEB_10023_P1");
        create.put("app_time", 1772334930000L);
        create.put("amount", 259000L);
        create.put("item", "[]");
        create.put("embed_data", "{\"paymentId\":\"WEB-10023-P1\",\"orderNumber\":\"WEB-10023\"}");
        create.put("description", "not signed");

        assertThat(mac.rawString(Request.CREATE, create)).isEqualTo("2026|260301_WEB_10023_P1|o2o-fulfilment|259000"
                + "|1772334930000|{\"paymentId\":\"WEB-10023-P1\",\"orderNumber\":\"WEB-10023\"}|[]");
        assertThat(mac.sign(Request.CREATE, create))
                .isEqualTo("d2323fce6798ef0d93296056cd481388f769a5972633df1d970a44a0030dfd2d");
    }

    @Test
    void signsQueryWithKey1AtTheEnd() {
        Map<String, Object> query = Map.of("app_id", 2026, "app_trans_id", "260301_WEB_10023_P1");

        assertThat(mac.rawString(Request.QUERY, query)).isEqualTo("2026|260301_WEB_10023_P1|" + KEY1);
        assertThat(mac.sign(Request.QUERY, query))
                .isEqualTo("87085e6a96b161dbb0e4d7225cf887ceb5dc9146a25f7b238312a71f9f583f51");
    }

    @Test
    void signsRefundAndRefundQuery() {
        Map<String, Object> refund = Map.of("app_id", 2026, "m_refund_id", "260301_2026_WEB_10023_short_pick",
                "zp_trans_id", "260301000000042", "amount", 50000L, "timestamp", 1772334930000L, "description",
                "Hoàn tiền thiếu hàng");
        assertThat(mac.rawString(Request.REFUND, refund))
                .isEqualTo("2026|260301000000042|50000|Hoàn tiền thiếu hàng|1772334930000");
        assertThat(mac.sign(Request.REFUND, refund))
                .isEqualTo("062af5147e9cf1b06c7fb446fd6efb63682fd96153623101a79f6bd9920e8862");
        assertThat(mac.sign(Request.QUERY_REFUND, refund))
                .isEqualTo("22c152cd7ba37260d23a8a1c93f203701e4a4282a37d1390d99502fc28311930");
    }

    @Test
    void verifiesCallbacksWithKey2OverTheDataAsReceived() {
        String data = "{\"app_id\":2026,\"app_trans_id\":\"260301_WEB_10023_P1\",\"amount\":259000,"
                + "\"embed_data\":\"{\\\"paymentId\\\":\\\"WEB-10023-P1\\\"}\",\"zp_trans_id\":260301000000042}";
        String expected = "f80b36c8185ba2da0d9bc1e57fb1ef87bb5dd8dfcb9723a3f21fbf758062f460";

        assertThat(mac.verifiesCallback(data, expected)).isTrue();
        assertThat(mac.verifiesCallback(data.replace("259000", "1000"), expected)).isFalse();
        assertThat(new ZalopayMac(KEY1, KEY1).verifiesCallback(data, expected)).as("signed with key1").isFalse();
        assertThat(mac.verifiesCallback(data, null)).isFalse();
    }

    @Test
    void idsStartWithTheDayInVietnamAndFitFortyCharacters() {
        // 17:30 UTC on 28 Feb is already 1 March in Vietnam
        Clock clock = Clock.fixed(Instant.parse("2026-02-28T17:30:00Z"), ZoneOffset.UTC);
        ZalopayIds ids = new ZalopayIds(2026, clock, 1);

        assertThat(ids.appTransId("WEB-10023-P1")).isEqualTo("260301_WEB_10023_P1");
        assertThat(ids.appTransIds("WEB-10023-P1")).containsExactly("260301_WEB_10023_P1", "260228_WEB_10023_P1");
        assertThat(ids.refundId("WEB-10023-short-pick")).isEqualTo("260301_2026_WEB_10023_short_pick");
        String longId = ids.appTransId("WEB-10023-" + "x".repeat(60));
        assertThat(longId).hasSize(40).startsWith("260301_WEB_10023_xxx")
                .isNotEqualTo(ids.appTransId("WEB-10023-" + "x".repeat(61)));
    }
}
