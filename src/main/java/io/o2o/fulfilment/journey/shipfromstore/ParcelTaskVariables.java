package io.o2o.fulfilment.journey.shipfromstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.order.Vnd;
import io.o2o.fulfilment.process.JourneyVariables;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * What the parcel forms show, as task-local variables (staff read task variables only): the parcel's
 * lines, where it goes, the cash the courier collects, its carrier booking and label.
 */
@Component
class ParcelTaskVariables {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final OrderService orders;
    private final ShipmentService shipments;
    private final ObjectMapper json;

    ParcelTaskVariables(OrderService orders, ShipmentService shipments, ObjectMapper json) {
        this.orders = orders;
        this.shipments = shipments;
        this.json = json;
    }

    /** The task's parcel, which must be one of the task's order: a completed form can set process variables. */
    Shipment shipment(DelegateTask task) {
        Shipment shipment = shipments.get(task.getExecution().getVariable(JourneyVariables.SHIPMENT_ID).toString());
        if (!shipment.orderNumber().equals(task.getExecution().getProcessBusinessKey())) {
            throw new IllegalStateException("Parcel " + shipment.shipmentId() + " is not one of order "
                    + task.getExecution().getProcessBusinessKey());
        }
        return shipment;
    }

    Order order(DelegateTask task) {
        return orders.get(task.getExecution().getProcessBusinessKey());
    }

    /** Lines, address, cash to collect, booking: everything a parcel form may show. */
    void put(DelegateTask task) {
        Order order = order(task);
        Shipment shipment = shipment(task);
        List<Map<String, Object>> lines = shipment.lines().stream().filter(l -> l.shippedQuantity() > 0).map(l -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sku", l.sku());
            entry.put("name", order.line(l.sku()).name());
            entry.put("quantity", l.shippedQuantity());
            return entry;
        }).toList();
        task.setVariableLocal("packLines", SpinValues.jsonValue(write(lines)).create());
        task.setVariableLocal("deliveryTo", order.deliveryAddress().oneLine());
        task.setVariableLocal("codToCollect", order.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY
                ? "Thu hộ / Collect on delivery " + Vnd.format(shipment.value(order))
                : "Đã thanh toán / Paid online");
        task.setVariableLocal("parcelValue", Vnd.format(shipment.value(order)));
        if (shipment.booked()) {
            task.setVariableLocal("carrierOrderCode", shipment.carrierOrderCode());
            task.setVariableLocal("sortCode", shipment.sortCode() == null ? "-" : shipment.sortCode());
            task.setVariableLocal("labelUrl", "/api/shipments/" + shipment.shipmentId() + "/label");
            task.setVariableLocal("expectedDelivery", shipment.expectedDeliveryAt() == null ? "-"
                    : DAY.format(shipment.expectedDeliveryAt()));
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the parcel lines", e);
        }
    }
}
