package io.o2o.fulfilment.integrations.momo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.momo.MomoIpn.InvalidIpnException;
import io.o2o.fulfilment.port.CallbackRejectedException;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.RemoteSystemException;
import java.io.IOException;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.TryDefinition;
import org.springframework.stereotype.Component;

/**
 * The MoMo adapter: {@code direct:momo-create} and {@code direct:momo-refund} serve the payment
 * ports over MoMo's API, {@code platform-http:/callbacks/momo/ipn} receives MoMo's IPN and hands
 * authentic, final ones to {@code direct:payment.notification}.
 */
@Component
class MomoRoutes extends RouteBuilder {

    static final String PAYMENT_NOTIFICATION = "direct:payment.notification";
    private static final String OPERATION = "momoOperation";
    private static final String ORDER_ID = "momoOrderId";
    private static final String REQUEST = "momoPortRequest";
    private static final int MAX_QUOTED_BODY = 300;

    private final MomoProperties properties;
    private final MomoPayments payments;
    private final MomoIpn ipn;
    private final ObjectMapper json;

    MomoRoutes(MomoProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.payments = new MomoPayments(properties, json);
        this.ipn = new MomoIpn(properties, json);
        this.json = json;
    }

    @Override
    public void configure() {
        from("direct:momo-create").routeId("momo-create")
                .process(exchange -> {
                    PaymentRequest request = read(exchange, PaymentRequest.class);
                    exchange.setProperty(REQUEST, request);
                    exchange.getMessage().setBody(payments.createRequest(request));
                })
                .setProperty(OPERATION, constant("create"))
                .to("direct:momo-call")
                .process(exchange -> exchange.getMessage().setBody(payments.paymentCreated(
                        exchange.getProperty(REQUEST, PaymentRequest.class), answer(exchange))));

        from("direct:momo-refund").routeId("momo-refund")
                .process(exchange -> {
                    RefundRequest request = read(exchange, RefundRequest.class);
                    exchange.setProperty(REQUEST, request);
                    exchange.getMessage().setBody(payments.refundRequest(request));
                })
                .setProperty(OPERATION, constant("refund"))
                .to("direct:momo-call")
                .process(exchange -> exchange.getMessage().setBody(payments.refundResult(
                        exchange.getProperty(REQUEST, RefundRequest.class), answer(exchange))));

        // POSTs the signed message in the body to MoMo's API and leaves MoMo's JSON answer as a Map
        from("direct:momo-call").routeId("momo-call")
                .removeHeaders("*")
                .process(exchange -> exchange.getMessage().setBody(json.writeValueAsString(exchange.getMessage().getBody())))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json; charset=UTF-8"))
                .doTry()
                    .toD(properties.endpoint() + "/v2/gateway/api/${exchangeProperty." + OPERATION + "}"
                            + "?throwExceptionOnFailure=false"
                            + "&connectTimeout=" + properties.connectTimeout().toMillis()
                            + "&responseTimeout=" + properties.readTimeout().toMillis())
                .doCatch(IOException.class)
                    .process(exchange -> {
                        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                        throw new RemoteSystemException("MoMo " + exchange.getProperty(OPERATION) + " unreachable at "
                                + properties.endpoint() + ": " + cause, cause);
                    })
                .end()
                .process(this::readAnswer);

        // doTry rather than onException: an exception of payment.notification is already exhausted by
        // that route's error handler and would pass by this route's onException
        TryDefinition ipnHandling = from("platform-http:/callbacks/momo/ipn?httpMethodRestrict=POST").routeId("momo-ipn")
                .doTry()
                .process(exchange -> {
                    Map<String, Object> fields = ipn.parse(exchange.getMessage().getBody(String.class));
                    exchange.setProperty(ORDER_ID, fields.get("orderId"));
                    exchange.getMessage().removeHeaders("*");
                    exchange.getMessage().setBody(ipn.authenticate(fields).orElse(null));
                });
        ipnHandling.filter(body().isNotNull()).to(PAYMENT_NOTIFICATION);
        ipnHandling.process(exchange -> reply(exchange, 204, null))
                .doCatch(InvalidIpnException.class, CallbackRejectedException.class)
                    .log(LoggingLevel.WARN, "Rejected MoMo IPN for orderId ${exchangeProperty." + ORDER_ID
                            + "}: ${exception.message}")
                    .process(exchange -> reply(exchange, 400, "{\"message\":\"IPN rejected\"}"))
                .doCatch(Exception.class)
                    .log(LoggingLevel.ERROR, "MoMo IPN for orderId ${exchangeProperty." + ORDER_ID
                            + "} failed, MoMo will retry it: ${exception.stacktrace}")
                    .process(exchange -> reply(exchange, 500, "{\"message\":\"IPN not processed, retry later\"}"))
                .end();
    }

    private <T> T read(Exchange exchange, Class<T> type) throws JsonProcessingException {
        Object body = exchange.getMessage().getBody();
        return type.isInstance(body) ? type.cast(body) : json.readValue(exchange.getMessage().getBody(String.class), type);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(Exchange exchange) {
        return exchange.getMessage().getBody(Map.class);
    }

    /**
     * MoMo answers refusals with a JSON resultCode, sometimes under HTTP 4xx; those are classified by
     * resultCode. A 5xx or an answer without a resultCode is a technical failure.
     */
    private void readAnswer(Exchange exchange) {
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = exchange.getMessage().getBody(String.class);
        Map<String, Object> answer = parse(body);
        String operation = "MoMo " + exchange.getProperty(OPERATION);
        if (status >= 500 || answer == null || !answer.containsKey("resultCode")) {
            String said = answer != null && answer.containsKey("resultCode")
                    ? "resultCode " + answer.get("resultCode") + ", message \"" + answer.get("message") + "\""
                    : quote(body);
            throw new RemoteSystemException(operation + " answered HTTP " + status + ": " + said);
        }
        exchange.getMessage().setBody(answer);
    }

    private Map<String, Object> parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readValue(body, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String quote(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        return body.length() > MAX_QUOTED_BODY ? body.substring(0, MAX_QUOTED_BODY) + "..." : body;
    }

    private static void reply(Exchange exchange, int status, String jsonBody) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        if (jsonBody != null) {
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        }
        exchange.getMessage().setBody(jsonBody);
    }
}
