package io.o2o.fulfilment.callback;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.port.PaymentNotification;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Serves the inbound port {@code direct:payment.notification} for every payment adapter. */
@Component
class PaymentNotificationRoute extends RouteBuilder {

    private final PaymentCallbacks callbacks;
    private final ObjectMapper json;

    PaymentNotificationRoute(PaymentCallbacks callbacks, ObjectMapper json) {
        this.callbacks = callbacks;
        this.json = json;
    }

    @Override
    public void configure() {
        from("direct:payment.notification")
                .routeId("payment.notification")
                // the calling adapter answers the partner and logs a rejection once; no second log here
                .errorHandler(noErrorHandler())
                .process(exchange -> {
                    Object body = exchange.getMessage().getBody();
                    callbacks.accept(body instanceof String text
                            ? json.readValue(text, PaymentNotification.class)
                            : json.convertValue(body, PaymentNotification.class));
                    exchange.getMessage().setBody(null);
                });
    }
}
