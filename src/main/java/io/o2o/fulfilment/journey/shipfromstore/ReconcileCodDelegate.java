package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A delivered cash-on-delivery parcel: the cash the carrier reports collecting must be what the
 * parcel asked for; a difference goes to ops ({@code codMismatch}).
 */
@Component("reconcileCod")
class ReconcileCodDelegate implements JavaDelegate {

    private final ShipmentService shipments;

    ReconcileCodDelegate(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Shipment shipment = shipments.get(execution.getVariable(JourneyVariables.SHIPMENT_ID).toString());
        long collected = shipment.codCollected() == null ? 0 : shipment.codCollected();
        boolean mismatch = shipment.codAmount() > 0 && collected != shipment.codAmount();
        if (mismatch) {
            shipments.codDifference(shipment.shipmentId(), shipment.codAmount(), collected);
        }
        execution.setVariable(JourneyVariables.COD_MISMATCH, mismatch);
    }
}
