package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.order.ShipmentStatus;
import io.o2o.fulfilment.port.CustomerNotification;
import io.o2o.fulfilment.port.NotificationReceipt;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code notify.customer}: the task property {@code template} says which message. The pickup code
 * is derived for the message and goes to the customer only, never through process variables.
 */
@Component
class NotifyCustomerMapping implements PortMapping<CustomerNotification, NotificationReceipt> {

    /** Days as customers in Vietnam read them: 26/11/2026. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final OrderService orders;
    private final ShipmentService shipments;
    private final StoreRepository stores;

    NotifyCustomerMapping(OrderService orders, ShipmentService shipments, StoreRepository stores) {
        this.orders = orders;
        this.shipments = shipments;
        this.stores = stores;
    }

    @Override
    public Port port() {
        return Port.NOTIFY_CUSTOMER;
    }

    @Override
    public CustomerNotification request(PortCall call) {
        Order order = call.order();
        String template = call.property("template");
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("orderNumber", order.orderNumber());
        if (order.storeId() != null) {
            stores.findById(order.storeId()).ifPresent(store -> putStore(parameters, store));
        }
        Object refunded = call.variable(JourneyVariables.REFUND_AMOUNT);
        parameters.put("amount", Long.toString(template.equals("PAYMENT_REFUNDED") && refunded instanceof Number n
                ? n.longValue() : order.payableAmount()));
        if (template.equals("READY_FOR_PICKUP") || template.equals("PICKUP_REMINDER")) {
            orders.pickupCode(order).ifPresent(code -> parameters.put("pickupCode", code));
        }
        if (call.shipmentId() != null) {
            putParcel(parameters, order, shipments.get(call.shipmentId()), call);
        }
        if (template.equals("SHIPPING_PLAN")) {
            putShippingPlan(parameters, order);
        }
        Object reason = call.variable(JourneyVariables.CANCEL_REASON);
        if (reason != null) {
            parameters.put("reason", reason.toString());
        }
        return new CustomerNotification(call.idempotencyKey(), order.orderNumber(), template,
                order.customer().name(), order.customer().phone(), order.customer().email(), parameters);
    }

    @Override
    public void apply(PortCall call, CustomerNotification request, NotificationReceipt result) {
        orders.customerNotified(call.orderNumber(), request.template());
    }

    private void putParcel(Map<String, String> parameters, Order order, Shipment shipment, PortCall call) {
        parameters.put("shipmentId", shipment.shipmentId());
        stores.findById(shipment.storeId()).ifPresent(store -> putStore(parameters, store));
        if (shipment.carrier() != null) {
            parameters.put("carrier", shipment.carrier().toUpperCase(Locale.ROOT));
            parameters.put("trackingCode", shipment.carrierOrderCode());
        }
        if (shipment.expectedDeliveryAt() != null) {
            parameters.put("expectedDelivery", DAY.format(shipment.expectedDeliveryAt()));
        }
        if (shipment.codAmount() > 0) {
            parameters.put("codAmount", Long.toString(shipment.codAmount()));
        }
        if (order.paymentMethod().online()) {
            // only money the customer paid is given back; cash on delivery was never taken
            parameters.put("parcelValue", Long.toString(shipment.value(order)));
        }
        parameters.put("attempt", Integer.toString(shipment.deliveryAttempts()));
        if (shipment.lastFailureReason() != null) {
            parameters.put("reason", shipment.lastFailureReason());
        }
        Object limit = call.variable(JourneyVariables.DELIVERY_ATTEMPT_LIMIT);
        if (limit instanceof Number n) {
            parameters.put("attemptsLeft", Integer.toString(Math.max(0, n.intValue() - shipment.deliveryAttempts())));
        }
    }

    /** Which store sends what, and what no store had. */
    private void putShippingPlan(Map<String, String> parameters, Order order) {
        List<Shipment> parcels = shipments.of(order.orderNumber()).stream()
                .filter(p -> p.status() != ShipmentStatus.NOT_SHIPPED && p.status() != ShipmentStatus.CANCELLED).toList();
        parameters.put("parcelCount", Integer.toString(parcels.size()));
        parameters.put("plan", parcels.stream().map(p -> p.lines().stream().map(l -> l.quantity() + " × "
                + order.line(l.sku()).name()).collect(Collectors.joining(", ")) + " (" + storeName(p.storeId()) + ")")
                .collect(Collectors.joining("; ")));
        Map<String, Integer> shipped = new LinkedHashMap<>();
        parcels.forEach(p -> p.lines().forEach(l -> shipped.merge(l.sku(), l.quantity(), Integer::sum)));
        String missing = order.lines().stream().filter(l -> shipped.getOrDefault(l.sku(), 0) < l.quantity())
                .map(l -> (l.quantity() - shipped.getOrDefault(l.sku(), 0)) + " × " + l.name())
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            parameters.put("notAvailable", missing);
        }
    }

    private String storeName(String storeId) {
        return stores.findById(storeId).map(Store::name).orElse(storeId);
    }

    private static void putStore(Map<String, String> parameters, Store store) {
        parameters.put("storeName", store.name());
        parameters.put("storeAddress", store.address());
    }
}
