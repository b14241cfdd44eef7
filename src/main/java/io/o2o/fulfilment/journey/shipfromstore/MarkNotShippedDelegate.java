package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A replacement parcel's store could not hold the stock after all: the parcel will not ship. */
@Component("markNotShipped")
class MarkNotShippedDelegate implements JavaDelegate {

    private final ShipmentService shipments;

    MarkNotShippedDelegate(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        shipments.notShipped(execution.getVariable(JourneyVariables.SHIPMENT_ID).toString(),
                "the store no longer has the stock");
    }
}
