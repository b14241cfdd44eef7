package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.ParcelState;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * What the carrier's reports mean for the parcel's process now ({@code parcelNews}). Reports are
 * applied to the parcel in the order tables as they arrive; the process reads the parcel each time
 * it wakes, so a report that arrived early, or twice, or while the process was busy, is acted on
 * exactly once. What was handled is kept in the process: the failed attempts counted and the
 * attempt whose "out for delivery" the customer was told about.
 */
@Component("readParcelState")
class ReadParcelStateDelegate implements JavaDelegate {

    private static final String ATTEMPTS_HANDLED = "deliveryAttemptsHandled";
    private static final String OUT_FOR_DELIVERY_TOLD = "outForDeliveryTold";

    private final ShipmentService shipments;
    private final ShipFromStoreSettings settings;

    ReadParcelStateDelegate(ShipmentService shipments, ShipFromStoreSettings settings) {
        this.shipments = shipments;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Shipment shipment = shipments.get(execution.getVariable(JourneyVariables.SHIPMENT_ID).toString());
        int handled = number(execution.getVariable(ATTEMPTS_HANDLED), 0);
        String news = switch (shipment.status()) {
            case DELIVERED -> "DELIVERED";
            case LOST -> "LOST";
            case RETURNED -> "RETURNED";
            case RETURNING -> "RETURNING";
            default -> {
                if (shipment.deliveryAttempts() > handled) {
                    execution.setVariable(ATTEMPTS_HANDLED, shipment.deliveryAttempts());
                    yield "DELIVERY_FAILED";
                }
                if (shipment.parcelState() == ParcelState.OUT_FOR_DELIVERY
                        && number(execution.getVariable(OUT_FOR_DELIVERY_TOLD), -1) < shipment.deliveryAttempts()) {
                    execution.setVariable(OUT_FOR_DELIVERY_TOLD, shipment.deliveryAttempts());
                    yield "OUT_FOR_DELIVERY";
                }
                yield "NONE";
            }
        };
        execution.setVariable(JourneyVariables.PARCEL_NEWS, news);
        // the limit comes from the settings, not from a process variable a completed form could set
        execution.setVariable(JourneyVariables.DELIVERY_ATTEMPTS_LEFT,
                shipment.deliveryAttempts() < settings.deliveryAttemptLimit());
    }

    private static int number(Object value, int otherwise) {
        return value instanceof Number n ? n.intValue() : otherwise;
    }
}
