package io.o2o.fulfilment.integrations.common;

import io.o2o.fulfilment.port.RemoteSystemException;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.http.HttpStatus;

/**
 * A partner's answer that is no answer to the port, told the way ops read it on the incident:
 * {@code ERP answered 503 Service Unavailable: maintenance}. The reason phrase is the one the
 * partner sent, else the standard one for the status (servers such as Tomcat send none); the quote is
 * the problem+json {@code detail} when there is one, else the start of the body.
 */
public final class RemoteAnswer {

    /** How much of a partner's body an incident quotes. */
    static final int MAX_QUOTE = 200;

    private RemoteAnswer() {
    }

    /**
     * Called by the {@code rest-json-post} route template for a status it does not take as an answer.
     * Reads the status and reason from Camel's HTTP headers, the partner's name from the variable
     * {@code system}, the raw body from the variable {@code answer} and its parsed JSON from the body.
     */
    public static void fail(Exchange exchange) {
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String reason = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_TEXT, String.class);
        Object parsed = exchange.getMessage().getBody();
        Object detail = parsed instanceof Map<?, ?> problem ? problem.get("detail") : null;
        String quoted = detail != null ? detail.toString() : exchange.getVariable("answer", String.class);
        throw new RemoteSystemException(exchange.getVariable("system", String.class) + " answered "
                + statusLine(status, reason) + ": " + quote(quoted));
    }

    /** {@code 503 Service Unavailable}: the partner's reason phrase, else the standard one, else the bare code. */
    public static String statusLine(int status, String reasonPhrase) {
        if (reasonPhrase != null && !reasonPhrase.isBlank()) {
            return status + " " + reasonPhrase.strip();
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? String.valueOf(status) : status + " " + known.getReasonPhrase();
    }

    /** The start of a partner's body on one line, or {@code (empty body)}. */
    public static String quote(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return Untrusted.cut(oneLine, MAX_QUOTE);
    }
}
