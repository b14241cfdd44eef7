package io.o2o.fulfilment.journey.picking;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.PickResult;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.order.ShortPickReason;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the pick task: records the picked quantities ({@code pickedQuantities}, a JSON object of
 * SKU to quantity; a SKU left out was picked in full) with why lines were short
 * ({@code shortPickReasons}, when given) and tells the model what follows. With {@code shipmentId} in
 * scope it records the pick of that parcel of a ship-from-store order.
 */
@Component("recordPick")
class RecordPickDelegate implements JavaDelegate {

    private static final TypeReference<Map<String, Integer>> QUANTITIES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, ShortPickReason>> REASONS = new TypeReference<>() {
    };

    private final OrderService orders;
    private final ShipmentService shipments;
    private final ObjectMapper json;

    RecordPickDelegate(OrderService orders, ShipmentService shipments, ObjectMapper json) {
        this.orders = orders;
        this.shipments = shipments;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        Map<String, Integer> picked = read(execution.getVariable(JourneyVariables.PICKED_QUANTITIES), QUANTITIES);
        Map<String, ShortPickReason> reasons = read(execution.getVariable(JourneyVariables.SHORT_PICK_REASONS), REASONS);
        Object shipmentId = execution.getVariable(JourneyVariables.SHIPMENT_ID);
        PickResult result = shipmentId == null ? orders.recordPick(execution.getProcessBusinessKey(), picked, reasons)
                : shipments.recordPick(shipmentId.toString(), picked, reasons);
        execution.setVariable(JourneyVariables.PICK_OUTCOME, result.outcome().name());
        execution.setVariable(JourneyVariables.REFUND_AMOUNT, result.refundDue());
    }

    private <T> Map<String, T> read(Object reported, TypeReference<Map<String, T>> type) throws Exception {
        return reported == null || reported.toString().isBlank() ? Map.of() : json.readValue(reported.toString(), type);
    }
}
