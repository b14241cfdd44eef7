package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The hand-to-carrier task ({@code processes/hand-to-carrier.form}): shows the booking and the
 * label; done only when the label is on the parcel and the courier has taken it.
 */
@Component("handToCarrierForm")
class HandToCarrierForm implements TaskListener {

    private final ParcelTaskVariables parcels;
    private final ShipmentService shipments;

    HandToCarrierForm(ParcelTaskVariables parcels, ShipmentService shipments) {
        this.parcels = parcels;
        this.shipments = shipments;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            parcels.put(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            if (!FormValues.checked(task.getVariable("labelAttached"))) {
                throw FormValues.refused("labelAttached", "Dán nhãn lên gói hàng trước. / Put the label on the parcel first.");
            }
            if (!FormValues.checked(task.getVariable("handedToCourier"))) {
                throw FormValues.refused("handedToCourier",
                        "Chỉ xác nhận khi tài xế đã nhận gói hàng. / Confirm only once the courier has the parcel.");
            }
            shipments.handedOver(parcels.shipment(task).shipmentId());
        }
    }
}
