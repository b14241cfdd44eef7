package io.o2o.fulfilment.integrations.momo;

import io.o2o.fulfilment.integrations.common.Hmac;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * MoMo's request and callback signature: HMAC-SHA256 with the partner's secret key, lowercase hex,
 * over {@code key=value} pairs in a fixed order per message, values raw (UTF-8, not URL-encoded),
 * empty values kept. {@code accessKey} is signed but never sent as a field.
 */
final class MomoSignature {

    /** The signed fields of each message, in MoMo's order. */
    enum Message {
        CREATE("accessKey", "amount", "extraData", "ipnUrl", "orderId", "orderInfo", "partnerCode", "redirectUrl",
                "requestId", "requestType"),
        QUERY("accessKey", "orderId", "partnerCode", "requestId"),
        REFUND("accessKey", "amount", "description", "orderId", "partnerCode", "requestId", "transId"),
        CONFIRM("accessKey", "amount", "description", "orderId", "partnerCode", "requestId", "requestType"),
        /** The IPN and the browser redirect carry the same fields. */
        IPN("accessKey", "amount", "extraData", "message", "orderId", "orderInfo", "orderType", "partnerCode",
                "payType", "requestId", "responseTime", "resultCode", "transId");

        private final List<String> keys;

        Message(String... keys) {
            this.keys = List.of(keys);
        }
    }

    private final String accessKey;
    private final String secretKey;

    MomoSignature(String accessKey, String secretKey) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** The string MoMo signs; a missing field counts as empty. */
    String rawString(Message message, Map<String, ?> fields) {
        return message.keys.stream()
                .map(name -> name + "=" + ("accessKey".equals(name) ? accessKey : text(fields.get(name))))
                .collect(Collectors.joining("&"));
    }

    String sign(Message message, Map<String, ?> fields) {
        return Hmac.sha256Hex(secretKey, rawString(message, fields));
    }

    boolean verify(Message message, Map<String, ?> fields, String signature) {
        return Hmac.sameHex(sign(message, fields), signature);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
