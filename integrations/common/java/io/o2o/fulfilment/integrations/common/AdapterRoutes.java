package io.o2o.fulfilment.integrations.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * A Java adapter's routes: each port action is served at {@code direct:<adapter>-<action>} with a
 * routeId equal to that name, reading the port's request record (JSON text or the record itself)
 * and answering the port's result record.
 */
public abstract class AdapterRoutes extends RouteBuilder {

    /** Where payment adapters hand over authenticated callbacks. */
    protected static final String PAYMENT_NOTIFICATION = "direct:payment.notification";

    /** Where carrier adapters hand over authenticated tracking reports ({@code ParcelEvent}). */
    protected static final String CARRIER_EVENT = "direct:carrier.event";

    protected final ObjectMapper json;

    protected AdapterRoutes(ObjectMapper json) {
        this.json = json;
    }

    protected <T> void serve(String endpoint, Class<T> requestType, Function<T, ?> action) {
        from("direct:" + endpoint).routeId(endpoint)
                .process(exchange -> exchange.getMessage().setBody(action.apply(read(exchange, requestType))));
    }

    private <T> T read(Exchange exchange, Class<T> type) throws Exception {
        Object body = exchange.getMessage().getBody();
        return type.isInstance(body) ? type.cast(body) : json.readValue(exchange.getMessage().getBody(String.class), type);
    }

    /** The exception a {@code doCatch} caught. */
    protected static Exception caught(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    }

    /** Sets a callback's answer: status, and a JSON body unless {@code jsonBody} is null. */
    protected static void reply(Exchange exchange, int status, String jsonBody) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        if (jsonBody != null) {
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        }
        exchange.getMessage().setBody(jsonBody);
    }
}
