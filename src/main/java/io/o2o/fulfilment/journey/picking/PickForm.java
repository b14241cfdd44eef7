package io.o2o.fulfilment.journey.picking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.catalogue.Catalogue;
import io.o2o.fulfilment.catalogue.Product;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderLine;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.order.ShortPickReason;
import io.o2o.fulfilment.process.FormValues;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The lines of the pick form ({@code processes/pick-order.form}). When the pick task is created,
 * puts the order's lines on it as a task-local JSON list ({@code pickLines}: name, SKU, aisle,
 * quantity, and the picked quantity preset to it). When it completes, checks what the picker
 * entered (whole numbers, none above the ordered quantity, a reason for every short line), refusing
 * the form with a message otherwise, and hands the process {@code pickedQuantities} and
 * {@code shortPickReasons}.
 * <p>
 * A caller of the engine API may report {@code pickedQuantities} itself (SKU to quantity); the form's
 * list is then left alone.
 */
@Component("pickForm")
class PickForm implements TaskListener {

    static final String LINES = "pickLines";
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };

    private final OrderService orders;
    private final ShipmentService shipments;
    private final Catalogue catalogue;
    private final ObjectMapper json;

    PickForm(OrderService orders, ShipmentService shipments, Catalogue catalogue, ObjectMapper json) {
        this.orders = orders;
        this.shipments = shipments;
        this.catalogue = catalogue;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> putLines(task);
            case EVENTNAME_COMPLETE -> readLines(task);
            default -> {
            }
        }
    }

    private void putLines(DelegateTask task) {
        List<OrderLine> toPick = linesToPick(task);
        Map<String, Product> products = catalogue.findBySkus(toPick.stream().map(OrderLine::sku).toList());
        List<Map<String, Object>> lines = toPick.stream().map(line -> {
            Product product = products.get(line.sku());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sku", line.sku());
            entry.put("name", line.name());
            entry.put("aisle", product == null || product.aisle() == null ? "?" : product.aisle());
            entry.put("quantity", line.quantity());
            entry.put("picked", line.quantity());
            return entry;
        }).toList();
        task.setVariableLocal(LINES, SpinValues.jsonValue(write(lines)).create());
    }

    /** The order's lines, or for a parcel of a ship-from-store order its lines at the parcel's quantities. */
    private List<OrderLine> linesToPick(DelegateTask task) {
        Order order = orders.get(task.getExecution().getProcessBusinessKey());
        Object shipmentId = task.getExecution().getVariable(JourneyVariables.SHIPMENT_ID);
        if (shipmentId == null) {
            return order.lines();
        }
        return shipments.get(shipmentId.toString()).lines().stream()
                .map(l -> order.line(l.sku()).withQuantity(l.quantity()))
                .toList();
    }

    private void readLines(DelegateTask task) {
        if (task.getVariable(JourneyVariables.PICKED_QUANTITIES) != null) {
            return;
        }
        // what was ordered comes from the order, never from the submitted list
        Map<String, OrderLine> ordered = linesToPick(task).stream()
                .collect(Collectors.toMap(OrderLine::sku, line -> line));
        Object submitted = task.getVariableLocal(LINES);
        Map<String, Integer> picked = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Map<String, Object> entry : read(submitted == null ? "[]" : submitted.toString())) {
            OrderLine line = ordered.get(String.valueOf(entry.get("sku")));
            if (line == null) {
                throw refused("Món không có trong đơn. / An item that is not in the order.");
            }
            Integer count = FormValues.wholeNumber(entry.get("picked"));
            if (count == null || count < 0) {
                throw refused(line.name() + ": nhập số đã lấy (0 trở lên). / " + line.name()
                        + ": enter how many you picked (0 or more).");
            }
            if (count > line.quantity()) {
                throw refused(line.name() + ": đã lấy " + count + ", nhiều hơn " + line.quantity() + " món đặt. / "
                        + line.name() + ": " + count + " picked, more than the " + line.quantity() + " ordered.");
            }
            picked.put(line.sku(), count);
            if (count < line.quantity()) {
                ShortPickReason reason = reason(entry.get("shortReason"));
                if (reason == null) {
                    throw refused(line.name() + ": chọn lý do thiếu hàng. / " + line.name() + ": say why it is short.");
                }
                reasons.put(line.sku(), reason.name());
            }
        }
        task.getExecution().setVariable(JourneyVariables.PICKED_QUANTITIES, write(picked));
        task.getExecution().setVariable(JourneyVariables.SHORT_PICK_REASONS, write(reasons));
    }

    private static FormFieldValidationException refused(String message) {
        return FormValues.refused(LINES, message);
    }

    private static ShortPickReason reason(Object value) {
        if (value == null) {
            return null;
        }
        try {
            ShortPickReason reason = ShortPickReason.valueOf(value.toString());
            return reason == ShortPickReason.NOT_GIVEN ? null : reason;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the pick lines", e);
        }
    }

    private List<Map<String, Object>> read(String value) {
        try {
            return json.readValue(value, LIST);
        } catch (JsonProcessingException e) {
            throw refused("Danh sách món không đọc được. / The list of items could not be read.");
        }
    }
}
