package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.process.FormValues;
import io.o2o.fulfilment.store.StoreRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Ops claim a lost or damaged parcel (or one the carrier would not stop) from the carrier
 * ({@code processes/handle-lost-parcel.form}); the claim's reference goes on the order's timeline.
 */
@Component("lostParcelForm")
class LostParcelForm implements TaskListener {

    private final ParcelTaskVariables parcels;
    private final ShipmentService shipments;
    private final StoreRepository stores;

    LostParcelForm(ParcelTaskVariables parcels, ShipmentService shipments, StoreRepository stores) {
        this.parcels = parcels;
        this.shipments = shipments;
        this.stores = stores;
    }

    @Override
    public void notify(DelegateTask task) {
        Shipment shipment = parcels.shipment(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            parcels.put(task);
            task.setVariableLocal("parcelState", switch (shipment.status()) {
                case LOST -> "Thất lạc hoặc hư hỏng / Lost or damaged";
                default -> "Hãng vận chuyển không dừng giao / The carrier would not stop it ("
                        + (shipment.carrierStatus() == null ? shipment.status().description() : shipment.carrierStatus())
                        + ")";
            });
            task.setVariableLocal("storeName", stores.findById(shipment.storeId()).map(s -> s.name()).orElse(shipment.storeId()));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String reference = FormValues.text(task.getVariable("claimReference"));
            if (reference.isEmpty()) {
                throw FormValues.refused("claimReference",
                        "Nhập mã khiếu nại với hãng vận chuyển. / Enter the claim number from the carrier.");
            }
            shipments.claimed(shipment.shipmentId(), reference, FormValues.text(task.getVariable("claimNote")),
                    task.getAssignee());
        }
    }
}
