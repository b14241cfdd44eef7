package io.o2o.fulfilment.process;

import io.o2o.fulfilment.port.Port;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Serves every port at {@code direct:<port>} and forwards it to the adapter chosen for the order
 * ({@code wms.reserve} with adapter {@code wms-rest} goes to {@code direct:wms-rest-reserve}). The
 * adapter travels as an exchange property, so it never leaks to a partner as a header.
 */
@Component
class PortRoutes extends RouteBuilder {

    static final String ADAPTER = "o2oAdapter";

    @Override
    public void configure() {
        for (Port port : Port.values()) {
            from(port.endpointUri())
                    .routeId(port.portName())
                    .toD("direct:${exchangeProperty." + ADAPTER + "}-" + port.action());
        }
    }
}
