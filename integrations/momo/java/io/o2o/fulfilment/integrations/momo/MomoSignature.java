package io.o2o.fulfilment.integrations.momo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
    private final SecretKeySpec key;

    MomoSignature(String accessKey, String secretKey) {
        this.accessKey = accessKey;
        this.key = new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The string MoMo signs; a missing field counts as empty. */
    String rawString(Message message, Map<String, ?> fields) {
        return message.keys.stream()
                .map(name -> name + "=" + ("accessKey".equals(name) ? accessKey : text(fields.get(name))))
                .collect(Collectors.joining("&"));
    }

    String sign(Message message, Map<String, ?> fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(rawString(message, fields).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Compares in constant time so that a forger learns nothing from response times. */
    boolean verify(Message message, Map<String, ?> fields, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] expected = sign(message, fields).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
