package io.o2o.fulfilment.integrations.ghn;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.port.ParcelEvent;
import io.o2o.fulfilment.port.ParcelState;
import java.net.URLDecoder;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * GHN's webhook: authenticated by our secret in the URL registered with GHN
 * ({@code /callbacks/carriers/ghn?token=<o2o.ghn.webhook-secret>}), as GHN signs nothing and lets a shop
 * register only a URL; then read as a {@link ParcelEvent}. A status change ({@code Type}
 * {@code Switch_status}, any case) is an event; the other types (create, weight, COD or fee updates)
 * are not, nor a status the processes have no state for ({@code exception}).
 */
final class GhnWebhook {

    static final String CARRIER = "ghn";
    private static final String STATUS_CHANGE = "switch_status";

    private final byte[] secret;
    private final ObjectMapper json;

    GhnWebhook(String secret, ObjectMapper json) {
        this.secret = secret.getBytes(UTF_8);
        this.json = json;
    }

    /** The body's fields, or null when it is no JSON object (read before the caller is known, for the log only). */
    Map<String, Object> parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readValue(body, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Whether the query string holds our secret as its one {@code token}; compared in constant time. */
    boolean authentic(String query) {
        List<String> tokens = query == null ? List.of() : Arrays.stream(query.split("&"))
                .filter(parameter -> parameter.startsWith("token="))
                .map(parameter -> URLDecoder.decode(parameter.substring("token=".length()), UTF_8))
                .toList();
        return tokens.size() == 1 && MessageDigest.isEqual(secret, tokens.get(0).getBytes(UTF_8));
    }

    static boolean isStatusChange(Map<String, Object> fields) {
        return STATUS_CHANGE.equalsIgnoreCase(text(fields.get("Type")));
    }

    /**
     * The tracking report of a status change. {@code CODAmount} is GHN's cash on delivery of the order
     * on every webhook; only on {@code delivered} is it cash collected, so other reports carry 0.
     *
     * @throws InvalidWebhookException when the order code, status or a readable time is missing
     */
    static ParcelEvent event(Map<String, Object> fields) {
        String orderCode = text(fields.get("OrderCode"));
        String status = text(fields.get("Status"));
        if (orderCode.isBlank() || status.isBlank()) {
            throw new InvalidWebhookException("OrderCode and Status are required");
        }
        Instant time = GhnParcels.instant(fields.get("Time"));
        if (time == null) {
            throw new InvalidWebhookException("Time is no ISO-8601 time");
        }
        long collected = GhnStatuses.DELIVERED.equals(status) && fields.get("CODAmount") instanceof Number amount
                ? amount.longValue() : 0;
        ParcelState state = GhnStatuses.state(status);
        return new ParcelEvent(CARRIER, orderCode, blankToNull(text(fields.get("ClientOrderCode"))), status, state,
                time, collected, blankToNull(text(fields.get("Reason"))),
                CARRIER + ":" + orderCode + ":" + status + ":" + time);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    /** A webhook that is not GHN's, or not readable: answered {@code status}, never handed over. */
    static class InvalidWebhookException extends RuntimeException {

        private final int status;

        InvalidWebhookException(String reason) {
            this(400, reason);
        }

        InvalidWebhookException(int status, String reason) {
            super(reason);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
