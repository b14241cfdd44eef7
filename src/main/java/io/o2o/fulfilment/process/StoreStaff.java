package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.security.AccessProperties;
import io.o2o.fulfilment.store.Store;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works an order's tasks: the staff group of the order's store (of the parcel's store in
 * ship-from-store), looked up from the order tables so
 * that no task variable can send the work to another store ({@code ${storeStaff.groupOf(execution)}}).
 */
@Component("storeStaff")
public class StoreStaff {

    private final OrderService orders;
    private final ShipmentService shipments;
    private final AccessProperties access;

    StoreStaff(OrderService orders, ShipmentService shipments, AccessProperties access) {
        this.orders = orders;
        this.shipments = shipments;
        this.access = access;
    }

    /** The staff of the order's store, or for a parcel of a ship-from-store order of the store shipping it. */
    public String groupOf(DelegateExecution execution) {
        Object shipmentId = execution.getVariable(JourneyVariables.SHIPMENT_ID);
        String storeId = shipmentId != null ? shipments.get(shipmentId.toString()).storeId()
                : orders.get(execution.getProcessBusinessKey()).storeId();
        return Store.staffGroupOf(storeId);
    }

    /** Ops, for the tasks that are nobody's in a store: a parcel the carrier lost, cash that does not add up. */
    public String opsGroup() {
        return access.opsGroup();
    }
}
