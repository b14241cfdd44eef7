package io.o2o.fulfilment.simulator.momo;

import io.o2o.fulfilment.simulator.SimulatorHmac;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * MoMo's HMAC-SHA256 signature as the simulator computes it. Deliberately separate from the
 * adapter's code: if both shared one implementation, a mistake in it would go unnoticed.
 */
final class SimulatorSignature {

    static final List<String> CREATE = List.of("accessKey", "amount", "extraData", "ipnUrl", "orderId", "orderInfo",
            "partnerCode", "redirectUrl", "requestId", "requestType");
    static final List<String> QUERY = List.of("accessKey", "orderId", "partnerCode", "requestId");
    static final List<String> REFUND = List.of("accessKey", "amount", "description", "orderId", "partnerCode",
            "requestId", "transId");
    static final List<String> CONFIRM = List.of("accessKey", "amount", "description", "orderId", "partnerCode",
            "requestId", "requestType");
    static final List<String> IPN = List.of("accessKey", "amount", "extraData", "message", "orderId", "orderInfo",
            "orderType", "partnerCode", "payType", "requestId", "responseTime", "resultCode", "transId");

    private final String accessKey;
    private final String secretKey;

    SimulatorSignature(String accessKey, String secretKey) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    String sign(List<String> fields, Map<String, ?> message) {
        String raw = fields.stream()
                .map(field -> field + "=" + ("accessKey".equals(field) ? accessKey : valueOf(message.get(field))))
                .collect(Collectors.joining("&"));
        return SimulatorHmac.sha256Hex(secretKey, raw);
    }

    boolean matches(List<String> fields, Map<String, ?> message) {
        return sign(fields, message).equals(message.get("signature"));
    }

    private static String valueOf(Object value) {
        return value == null ? "" : value.toString();
    }
}
