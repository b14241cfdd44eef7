package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.journey.cancellation.CancelReason;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer cancelled: the order is being cancelled from now on, and every parcel booked with
 * the carrier and not at its end must be stopped or brought back before the money goes back; one
 * back at its store but not received there yet, or lost and not claimed yet, is seen to as well.
 */
@Component("findParcelsToRecall")
class FindParcelsToRecallDelegate implements JavaDelegate {

    private final OrderService orders;
    private final ShipmentService shipments;

    FindParcelsToRecallDelegate(OrderService orders, ShipmentService shipments) {
        this.orders = orders;
        this.shipments = shipments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderNumber = execution.getProcessBusinessKey();
        orders.beginCancellation(orderNumber, CancelReason.describe("CUSTOMER"));
        List<String> recall = new ArrayList<>(shipments.of(orderNumber).stream()
                .filter(Shipment::needsRecall)
                .map(Shipment::shipmentId)
                .toList());
        execution.setVariable(JourneyVariables.PARCELS_TO_RECALL, recall);
    }
}
