package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.order.ShipmentStatus;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Where a parcel of a cancelled order is: booked and still in the store (cancel the booking), with
 * the courier (ask the carrier to bring it back), or at an end already (nothing to do).
 */
@Component("assessRecall")
class AssessRecallDelegate implements JavaDelegate {

    private final ShipmentService shipments;

    AssessRecallDelegate(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Shipment shipment = shipments.get(execution.getVariable(JourneyVariables.SHIPMENT_ID).toString());
        String action = shipment.status() == ShipmentStatus.BOOKED ? "CANCEL_BOOKING"
                : shipment.status() == ShipmentStatus.SHIPPED || shipment.status() == ShipmentStatus.RETURNING ? "RETURN"
                : "NONE";
        if (!action.equals("NONE")) {
            shipments.recallRequested(shipment.shipmentId());
        }
        execution.setVariable(JourneyVariables.RECALL_ACTION, action);
    }
}
