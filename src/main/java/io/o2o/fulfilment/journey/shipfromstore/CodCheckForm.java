package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.order.Vnd;
import io.o2o.fulfilment.process.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Ops settle a cash-on-delivery amount that differs from what the parcel asked for
 * ({@code processes/check-cod-amount.form}), saying how, on the order's timeline.
 */
@Component("codCheckForm")
class CodCheckForm implements TaskListener {

    private static final Set<String> RESOLUTIONS = Set.of("CARRIER_CORRECTED", "CARRIER_OWES", "WRITTEN_OFF");

    private final ParcelTaskVariables parcels;
    private final ShipmentService shipments;

    CodCheckForm(ParcelTaskVariables parcels, ShipmentService shipments) {
        this.parcels = parcels;
        this.shipments = shipments;
    }

    @Override
    public void notify(DelegateTask task) {
        Shipment shipment = parcels.shipment(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            parcels.put(task);
            task.setVariableLocal("codExpected", Vnd.format(shipment.codAmount()));
            task.setVariableLocal("codReported", Vnd.format(shipment.codCollected() == null ? 0
                    : shipment.codCollected()));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String resolution = FormValues.text(task.getVariable("codResolution"));
            String note = FormValues.text(task.getVariable("codNote"));
            if (!RESOLUTIONS.contains(resolution)) {
                throw FormValues.refused("codResolution", "Chọn cách xử lý. / Choose how it was settled.");
            }
            if (note.isEmpty()) {
                throw FormValues.refused("codNote", "Ghi chú cách xử lý. / Note how it was settled.");
            }
            shipments.codReconciled(shipment.shipmentId(), resolution, task.getAssignee(), note);
        }
    }
}
