package io.o2o.fulfilment.process;

import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.StockAvailability;
import io.o2o.fulfilment.port.StockAvailabilityRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Asks the WMS, through port {@code wms.availability} and the configured adapter, how much of each SKU
 * stores can sell now; for callers that need the answer at once (the storefront, sourcing), not in a
 * process step of its own.
 */
@Component
public class StockQuery {

    private final PortClient ports;
    private final AdapterSelection adapters;

    StockQuery(PortClient ports, AdapterSelection adapters) {
        this.ports = ports;
        this.adapters = adapters;
    }

    /**
     * @throws StockUnavailableException when the WMS cannot be asked now (down, slow, an unreadable answer)
     */
    public StockAvailability available(List<String> skus, List<String> storeIds) {
        Port port = Port.WMS_AVAILABILITY;
        try {
            return ports.call(port, adapters.adapterFor(port), new StockAvailabilityRequest(List.copyOf(skus),
                    List.copyOf(storeIds)));
        } catch (PortCallFailedException e) {
            throw new StockUnavailableException(e.getMessage(), e);
        }
    }
}
