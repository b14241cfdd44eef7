package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.process.FormValues;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The store receives a parcel the carrier brought back ({@code processes/receive-returned-parcel.form}):
 * intact goods go back in stock, damaged ones are written off with a note saying what is wrong.
 */
@Component("returnedParcelForm")
class ReturnedParcelForm implements TaskListener {

    private final ParcelTaskVariables parcels;
    private final ShipmentService shipments;

    ReturnedParcelForm(ParcelTaskVariables parcels, ShipmentService shipments) {
        this.parcels = parcels;
        this.shipments = shipments;
    }

    @Override
    public void notify(DelegateTask task) {
        Shipment shipment = parcels.shipment(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            parcels.put(task);
            task.setVariableLocal("returnReason", shipment.recallRequested()
                    ? "Khách hủy đơn / The customer cancelled"
                    : "Giao không thành công " + shipment.deliveryAttempts() + " lần / " + shipment.deliveryAttempts()
                            + " failed deliveries");
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String condition = FormValues.text(task.getVariable(JourneyVariables.PARCEL_CONDITION));
            String note = FormValues.text(task.getVariable("returnNote"));
            if (!condition.equals("INTACT") && !condition.equals("DAMAGED")) {
                throw FormValues.refused(JourneyVariables.PARCEL_CONDITION,
                        "Chọn tình trạng gói hàng. / Choose the parcel's condition.");
            }
            if (condition.equals("DAMAGED") && note.isEmpty()) {
                throw FormValues.refused("returnNote", "Ghi rõ hư hỏng gì. / Say what is damaged.");
            }
            // the gateway reads the condition from the process; only the two known values reach it
            task.getExecution().setVariable(JourneyVariables.PARCEL_CONDITION, condition);
            shipments.returnReceived(shipment.shipmentId(), condition.equals("INTACT"), note);
        }
    }
}
