package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * What a parcel of a cancelled order needs: booked and still in the store, its booking cancelled;
 * with the courier, brought back; back at the store but not yet received there, received and
 * restocked; lost and not yet claimed, claimed from the carrier; nothing, at any other end.
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
        String action = switch (shipment.status()) {
            case BOOKED -> "CANCEL_BOOKING";
            // a booking may have reached the carrier while its job failed: book again with its key to find it
            case PACKED -> shipment.bookingKey() == null ? "NONE" : "FIND_BOOKING";
            case SHIPPED, RETURNING -> "RETURN";
            case RETURNED -> shipment.returnReceived() ? "NONE" : "RECEIVE";
            case LOST -> shipment.claimReference() == null ? "CLAIM" : "NONE";
            default -> "NONE";
        };
        if (action.equals("CANCEL_BOOKING") || action.equals("FIND_BOOKING") || action.equals("RETURN")) {
            shipments.recallRequested(shipment.shipmentId());
        }
        execution.setVariable(JourneyVariables.RECALL_ACTION, action);
    }
}
