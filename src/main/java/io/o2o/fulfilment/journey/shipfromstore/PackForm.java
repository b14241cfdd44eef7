package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.catalogue.Catalogue;
import io.o2o.fulfilment.catalogue.Product;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.ParcelSize;
import io.o2o.fulfilment.process.FormValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The pack task ({@code processes/pack-parcel.form}): shows the parcel's lines and its goods'
 * catalogue weight; records the packed parcel's weight and size, refused when out of what a
 * carrier takes (1 g to 50 kg, sides 1 to 200 cm).
 */
@Component("packForm")
class PackForm implements TaskListener {

    static final int MAX_WEIGHT_GRAMS = 50_000;
    static final int MAX_SIDE_CM = 200;

    private final ParcelTaskVariables parcels;
    private final ShipmentService shipments;
    private final Catalogue catalogue;

    PackForm(ParcelTaskVariables parcels, ShipmentService shipments, Catalogue catalogue) {
        this.parcels = parcels;
        this.shipments = shipments;
        this.catalogue = catalogue;
    }

    @Override
    public void notify(DelegateTask task) {
        Shipment shipment = parcels.shipment(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            parcels.put(task);
            Map<String, Product> products = catalogue.findBySkus(shipment.lines().stream().map(Shipment.Line::sku).toList());
            task.setVariableLocal("estimatedWeightGrams", shipment.lines().stream()
                    .mapToInt(l -> l.shippedQuantity() * (products.containsKey(l.sku()) ? products.get(l.sku()).weightGrams() : 0))
                    .sum());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            shipments.packed(shipment.shipmentId(), new ParcelSize(
                    measure(task, "weightGrams", MAX_WEIGHT_GRAMS, "Cân nặng (g) / Weight (g)"),
                    measure(task, "lengthCm", MAX_SIDE_CM, "Dài (cm) / Length (cm)"),
                    measure(task, "widthCm", MAX_SIDE_CM, "Rộng (cm) / Width (cm)"),
                    measure(task, "heightCm", MAX_SIDE_CM, "Cao (cm) / Height (cm)")));
        }
    }

    private static int measure(DelegateTask task, String field, int max, String label) {
        Integer value = FormValues.wholeNumber(task.getVariable(field));
        if (value == null || value < 1 || value > max) {
            throw FormValues.refused(field, label + ": nhập số từ 1 đến " + max + ". / enter a number from 1 to " + max
                    + ".");
        }
        return value;
    }
}
