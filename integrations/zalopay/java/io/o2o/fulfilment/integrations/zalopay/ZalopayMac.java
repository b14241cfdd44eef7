package io.o2o.fulfilment.integrations.zalopay;

import io.o2o.fulfilment.integrations.common.Hmac;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * ZaloPay's {@code mac}: HMAC-SHA256 in lowercase hex. Requests are signed with key1 over their
 * fields joined by {@code |} in a fixed order; callbacks are signed with key2 over the
 * {@code data} string exactly as received.
 */
final class ZalopayMac {

    /** The signed fields of each request, in ZaloPay's order. */
    enum Request {
        CREATE("app_id", "app_trans_id", "app_user", "amount", "app_time", "embed_data", "item"),
        /** The query ends with key1 itself. */
        QUERY("app_id", "app_trans_id"),
        REFUND("app_id", "zp_trans_id", "amount", "description", "timestamp"),
        QUERY_REFUND("app_id", "m_refund_id", "timestamp");

        private final String[] fields;

        Request(String... fields) {
            this.fields = fields;
        }
    }

    private final String key1;
    private final String key2;

    ZalopayMac(String key1, String key2) {
        this.key1 = key1;
        this.key2 = key2;
    }

    String rawString(Request request, Map<String, ?> fields) {
        String raw = Arrays.stream(request.fields).map(name -> text(fields.get(name))).collect(Collectors.joining("|"));
        return request == Request.QUERY ? raw + "|" + key1 : raw;
    }

    String sign(Request request, Map<String, ?> fields) {
        return Hmac.sha256Hex(key1, rawString(request, fields));
    }

    boolean verifiesCallback(String data, String mac) {
        return data != null && Hmac.sameHex(Hmac.sha256Hex(key2, data), mac);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
