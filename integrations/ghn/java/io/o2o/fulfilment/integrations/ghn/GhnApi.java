package io.o2o.fulfilment.integrations.ghn;

import io.o2o.fulfilment.integrations.common.PartnerCall;
import io.o2o.fulfilment.integrations.common.RemoteAnswer;
import io.o2o.fulfilment.port.RemoteSystemException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GHN's public API v2 as the port actions call it: a JSON POST with the account's {@code Token} and
 * the store's {@code ShopId}, and GHN's envelope {@code {code, message, data}} sorted into
 * <ul>
 * <li>data: {@code code} 200;</li>
 * <li>a refusal of the request, in GHN's words: {@code code} 400 (GHN refuses invalid input, limits
 * and moves it does not allow this way);</li>
 * <li>a {@link RemoteSystemException} quoting GHN: a 400 about our access (token, shop), 401 and any
 * other code; unreachable, timeouts and HTTP 5xx already in {@link PartnerCall}. The incident then reads
 * {@code carrier.book via ghn: GHN create answered 401 Unauthorized: Token is not valid!}.</li>
 * </ul>
 */
final class GhnApi {

    /** GHN's {@code code_message}s of a 400 that is about our credentials, not the parcel. */
    private static final Set<String> ACCESS_CODES = Set.of("TOKEN_IS_REQUIRED", "TOKEN_IS_INVALID", "SHOP_NOT_FOUND",
            "CLIENT_NOT_OWNER_OF_SHOP");
    /** GHN's documentation also shows a bad token as {@code 400 "code=401, message=Token is not valid!"}. */
    private static final Pattern ACCESS_WORDS = Pattern.compile(
            "(?i)token is (not valid|required)|shop ?id is invalid|code=40[13]");

    private final PartnerCall ghn;
    private final GhnProperties properties;

    GhnApi(PartnerCall ghn, GhnProperties properties) {
        this.ghn = ghn;
        this.properties = properties;
    }

    Answer post(String operation, String path, Map<String, Object> body, String storeId) {
        Map<String, Object> envelope = ghn.post(operation, path, body, Map.of("Token", properties.token(), "ShopId",
                String.valueOf(properties.shopOf(storeId))));
        int code = code(envelope.get("code"));
        String message = envelope.get("message") == null ? "" : envelope.get("message").toString();
        if (code == 200) {
            return new Answer(envelope.get("data"), null);
        }
        if (code == 400 && !ACCESS_CODES.contains(String.valueOf(envelope.get("code_message")))
                && !ACCESS_WORDS.matcher(message).find()) {
            return new Answer(null, message.isBlank() ? "GHN refused without a reason" : message);
        }
        throw new RemoteSystemException("GHN " + operation + " answered " + RemoteAnswer.statusLine(code, null) + ": "
                + RemoteAnswer.quote(message));
    }

    private static int code(Object code) {
        if (code instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(String.valueOf(code).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** GHN's {@code data}, or its refusal. */
    record Answer(Object data, String refusal) {

        boolean ok() {
            return refusal == null;
        }

        /** {@code data} as one object; a list of one (as GHN's documentation shows some details) is that one. */
        @SuppressWarnings("unchecked")
        Map<String, Object> fields() {
            Object one = data instanceof List<?> list && list.size() == 1 ? list.get(0) : data;
            return one instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }

        /** {@code data} as a list of objects (results per order code). */
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return data instanceof List<?> list ? list.stream().filter(Map.class::isInstance)
                    .map(item -> (Map<String, Object>) item).toList() : List.of();
        }
    }
}
