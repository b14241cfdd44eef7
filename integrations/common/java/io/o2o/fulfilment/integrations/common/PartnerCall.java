package io.o2o.fulfilment.integrations.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.port.RemoteSystemException;
import java.io.IOException;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * POSTs a JSON message to a partner's API over Camel's HTTP component and answers the partner's
 * JSON. What is not an answer the adapter can classify (unreachable, timeout, HTTP 5xx, a body that
 * is not JSON or has no result code) becomes a {@link RemoteSystemException} quoting the partner,
 * which the process engine retries and finally shows as the incident's text.
 */
public final class PartnerCall {

    private final PartnerApi api;
    private final CamelContext camel;
    private final ProducerTemplate template;
    private final ObjectMapper json;

    public PartnerCall(PartnerApi api, CamelContext camel, ObjectMapper json) {
        this.api = api;
        this.camel = camel;
        this.template = camel.createProducerTemplate();
        this.json = json;
    }

    /**
     * Partners answer refusals with a JSON result code, sometimes under HTTP 4xx; those are the
     * adapter's to classify, so only 5xx and answers without a code fail here.
     */
    public Map<String, Object> post(String operation, String path, Map<String, Object> message) {
        return post(operation, path, message, Map.of());
    }

    /** The same, with headers the partner reads its credentials from (GHN's {@code Token} and {@code ShopId}). */
    public Map<String, Object> post(String operation, String path, Map<String, Object> message,
            Map<String, String> headers) {
        String baseUrl = camel.resolvePropertyPlaceholders("{{" + api.baseUrlProperty() + "}}");
        String name = api.system() + " " + operation;
        Exchange reply = template.request(baseUrl + path + "?throwExceptionOnFailure=false"
                + "&connectTimeout=" + api.connectTimeout().toMillis()
                + "&responseTimeout=" + api.readTimeout().toMillis(), exchange -> {
                    headers.forEach(exchange.getMessage()::setHeader);
                    exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "POST");
                    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
                    exchange.getMessage().setBody(json.writeValueAsString(message));
                });
        Exception failure = reply.getException();
        if (failure != null) {
            throw failure instanceof IOException
                    ? new RemoteSystemException(name + " unreachable at " + baseUrl + ": " + failure, failure)
                    : new RemoteSystemException(name + " failed: " + failure, failure);
        }
        int status = reply.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = reply.getMessage().getBody(String.class);
        Map<String, Object> answer = parse(body);
        if (status >= 500 || answer == null || !answer.containsKey(api.codeField())) {
            String said = answer != null && answer.containsKey(api.codeField()) ? quoteCode(answer)
                    : RemoteAnswer.quote(body);
            String reason = reply.getMessage().getHeader(Exchange.HTTP_RESPONSE_TEXT, String.class);
            throw new RemoteSystemException(name + " answered " + RemoteAnswer.statusLine(status, reason) + ": " + said);
        }
        return answer;
    }

    /** The failure of an answer whose code the adapter does not take as an outcome. */
    public RemoteSystemException failure(String operation, Map<String, Object> answer) {
        return new RemoteSystemException(api.system() + " " + operation + " failed: " + quoteCode(answer));
    }

    private String quoteCode(Map<String, Object> answer) {
        return api.codeField() + " " + answer.get(api.codeField()) + ", " + api.messageField() + " \""
                + answer.get(api.messageField()) + "\"";
    }

    private Map<String, Object> parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readValue(body, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
