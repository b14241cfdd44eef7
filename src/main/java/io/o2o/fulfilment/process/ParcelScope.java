package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.ShipmentService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Guards the parcel a step acts on: {@code shipmentId} is a process variable, and a person
 * completing a task can set process variables, so it must name a parcel of the process's own order.
 */
@Component
class ParcelScope {

    private final ShipmentService shipments;

    ParcelScope(ShipmentService shipments) {
        this.shipments = shipments;
    }

    /** @throws IllegalStateException when {@code shipmentId} in scope names another order's parcel */
    void check(VariableScope scope, Order order) {
        Object shipmentId = scope.getVariable(JourneyVariables.SHIPMENT_ID);
        if (shipmentId != null
                && !shipments.get(shipmentId.toString()).orderNumber().equals(order.orderNumber())) {
            throw new IllegalStateException("Parcel " + shipmentId + " is not one of order " + order.orderNumber());
        }
    }
}
