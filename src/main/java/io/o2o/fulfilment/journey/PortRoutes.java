package io.o2o.fulfilment.journey;

import io.o2o.fulfilment.port.Port;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Serves every port at {@code direct:<port>} and forwards it to the adapter that configuration
 * chose for the port's system ({@code o2o.adapters.wms=wms-rest} sends {@code wms.reserve} to
 * {@code direct:wms-rest-reserve}).
 */
@Component
class PortRoutes extends RouteBuilder {

    private final AdapterSelection adapters;

    PortRoutes(AdapterSelection adapters) {
        this.adapters = adapters;
    }

    @Override
    public void configure() {
        for (Port port : Port.values()) {
            from(port.endpointUri())
                    .routeId(port.portName())
                    .to("direct:" + adapters.adapterFor(port.system()) + "-" + port.action());
        }
    }
}
