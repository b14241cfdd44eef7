package io.o2o.fulfilment.integrations.momo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.common.Untrusted;
import io.o2o.fulfilment.integrations.momo.MomoSignature.Message;
import io.o2o.fulfilment.port.PaymentNotification;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates MoMo's IPN and turns a final one into a {@link PaymentNotification}. Checking the
 * order and amount against the application's records is the application's job
 * ({@code direct:payment.notification}); this class checks what only the adapter can: MoMo's
 * signature and that the IPN is for our merchant account.
 */
class MomoIpn {

    static final String PROVIDER = "momo";

    /** Not final yet: initiated, processing, waiting for the user. */
    private static final Set<Integer> PENDING = Set.of(1000, 7000, 7002, 8000);

    private final MomoProperties properties;
    private final MomoSignature signature;
    private final ObjectMapper json;

    MomoIpn(MomoProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.signature = new MomoSignature(properties.accessKey(), properties.secretKey());
        this.json = json;
    }

    /**
     * MoMo's JSON is UTF-8; platform-http reads it with the request's character encoding, which
     * Spring Boot's CharacterEncodingFilter sets to UTF-8 when the Content-Type names none.
     */
    Map<String, Object> parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidIpnException("empty body");
        }
        try {
            return json.readValue(body, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new InvalidIpnException("not JSON");
        }
    }

    /**
     * The notification for a final IPN or an authorisation (9000, for a payment created without
     * autoCapture), empty while MoMo still waits for the customer.
     */
    Optional<PaymentNotification> authenticate(Map<String, Object> ipn) {
        if (!signature.verify(Message.IPN, ipn, text(ipn.get("signature")))) {
            throw new InvalidIpnException("signature does not match");
        }
        if (!properties.partnerCode().equals(ipn.get("partnerCode"))) {
            throw new InvalidIpnException("partnerCode " + Untrusted.cut(ipn.get("partnerCode")) + " is not ours");
        }
        int resultCode = number(ipn, "resultCode").intValue();
        if (PENDING.contains(resultCode)) {
            return Optional.empty();
        }
        String orderId = text(ipn.get("orderId"));
        return Optional.of(new PaymentNotification(PROVIDER, orderId, number(ipn, "amount").longValue(),
                outcome(resultCode),
                text(ipn.get("transId")), String.valueOf(resultCode), text(ipn.get("message")),
                PROVIDER + ":" + orderId + ":" + ipn.get("requestId") + ":" + resultCode));
    }

    private static PaymentNotification.Outcome outcome(int resultCode) {
        return resultCode == 0 ? PaymentNotification.Outcome.PAID
                : resultCode == 9000 ? PaymentNotification.Outcome.AUTHORISED
                : PaymentNotification.Outcome.FAILED;
    }

    private static Number number(Map<String, Object> ipn, String field) {
        Object value = ipn.get(field);
        if (value instanceof Number number) {
            return number;
        }
        try {
            return Long.valueOf(text(value));
        } catch (NumberFormatException e) {
            throw new InvalidIpnException(field + " is not a number: " + Untrusted.cut(value));
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** An IPN that is not authentic or not for us: answered 400 and never forwarded. */
    static class InvalidIpnException extends RuntimeException {

        InvalidIpnException(String reason) {
            super(reason);
        }
    }
}
