package io.o2o.fulfilment.simulator.ghn;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/**
 * An error as GHN answers it: HTTP status and {@code code} alike, GHN's {@code message} and a
 * {@code code_message}, with {@code data} null. Refusals of the request are 400
 * {@code USER_ERR_COMMON}, as GHN documents them.
 */
final class GhnError extends RuntimeException {

    private final int code;
    private final String codeMessage;

    GhnError(int code, String message, String codeMessage) {
        super(message);
        this.code = code;
        this.codeMessage = codeMessage;
    }

    static GhnError refused(String message) {
        return new GhnError(400, message, "USER_ERR_COMMON");
    }

    ResponseEntity<Map<String, Object>> response() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", getMessage());
        body.put("data", null);
        body.put("code_message", codeMessage);
        return ResponseEntity.status(code).body(body);
    }

    /** GHN's success envelope around {@code data}. */
    static ResponseEntity<Map<String, Object>> success(Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", 200);
        body.put("message", "Success");
        body.put("data", data);
        return ResponseEntity.ok(body);
    }
}
