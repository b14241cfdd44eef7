package io.o2o.fulfilment.callback;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.port.ParcelEvent;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Serves the inbound port {@code direct:carrier.event} for every carrier adapter. */
@Component
class ParcelEventRoute extends RouteBuilder {

    private final ParcelCallbacks callbacks;
    private final ObjectMapper json;

    ParcelEventRoute(ParcelCallbacks callbacks, ObjectMapper json) {
        this.callbacks = callbacks;
        this.json = json;
    }

    @Override
    public void configure() {
        from("direct:carrier.event")
                .routeId("carrier.event")
                // the calling adapter answers the carrier and logs a rejection once
                .errorHandler(noErrorHandler())
                .process(exchange -> {
                    Object body = exchange.getMessage().getBody();
                    callbacks.accept(body instanceof String text
                            ? json.readValue(text, ParcelEvent.class)
                            : json.convertValue(body, ParcelEvent.class));
                    exchange.getMessage().setBody(null);
                });
    }
}
