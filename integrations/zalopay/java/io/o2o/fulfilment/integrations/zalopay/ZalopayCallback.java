package io.o2o.fulfilment.integrations.zalopay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.common.Untrusted;
import io.o2o.fulfilment.port.PaymentNotification;
import java.util.Map;

/**
 * Authenticates ZaloPay's callback and turns it into a {@link PaymentNotification}. ZaloPay calls
 * back only when the customer has paid, so every authentic callback is {@code PAID}. Checking the
 * payment and amount against the application's records is the application's job.
 */
class ZalopayCallback {

    static final String PROVIDER = "zalopay";

    private final ZalopayProperties properties;
    private final ZalopayMac mac;
    private final ObjectMapper json;

    ZalopayCallback(ZalopayProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.mac = new ZalopayMac(properties.key1(), properties.key2());
        this.json = json;
    }

    /** The callback's {@code data}, whose mac is checked; its fields are read only after that. */
    Map<String, Object> authenticate(String body) {
        Map<String, Object> callback = parse(body, "body");
        Object data = callback.get("data");
        if (!(data instanceof String text) || !mac.verifiesCallback(text, String.valueOf(callback.get("mac")))) {
            throw new InvalidCallbackException("mac not equal");
        }
        Map<String, Object> fields = parse(text, "data");
        if (!String.valueOf(properties.appId()).equals(String.valueOf(fields.get("app_id")))) {
            throw new InvalidCallbackException("app_id " + Untrusted.cut(fields.get("app_id")) + " is not ours");
        }
        return fields;
    }

    PaymentNotification notification(Map<String, Object> data) {
        String appTransId = String.valueOf(data.get("app_trans_id"));
        Object paymentId = parse(String.valueOf(data.get("embed_data")), "embed_data").get("paymentId");
        if (paymentId == null) {
            throw new InvalidCallbackException("embed_data names no paymentId");
        }
        if (!(data.get("amount") instanceof Number amount)) {
            throw new InvalidCallbackException("amount is not a number");
        }
        return new PaymentNotification(PROVIDER, paymentId.toString(), amount.longValue(),
                PaymentNotification.Outcome.PAID, String.valueOf(data.get("zp_trans_id")), "1", "success",
                PROVIDER + ":" + appTransId);
    }

    private Map<String, Object> parse(String text, String what) {
        try {
            Map<String, Object> fields = json.readValue(text, new TypeReference<>() { });
            if (fields == null) {
                throw new InvalidCallbackException(what + " is empty");
            }
            return fields;
        } catch (JsonProcessingException e) {
            throw new InvalidCallbackException(what + " is not JSON");
        }
    }

    /** A callback that is not authentic or not for us: answered -1 and never handed over. */
    static class InvalidCallbackException extends RuntimeException {

        InvalidCallbackException(String reason) {
            super(reason);
        }
    }
}
