package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.port.CustomerNotification;
import io.o2o.fulfilment.port.NotificationReceipt;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code notify.customer}: the task property {@code template} says which message. The pickup code
 * is derived for the message and goes to the customer only, never through process variables.
 */
@Component
class NotifyCustomerMapping implements PortMapping<CustomerNotification, NotificationReceipt> {

    private final OrderService orders;
    private final StoreRepository stores;

    NotifyCustomerMapping(OrderService orders, StoreRepository stores) {
        this.orders = orders;
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
        stores.findById(order.storeId()).ifPresent(store -> putStore(parameters, store));
        Object refunded = call.variable(JourneyVariables.REFUND_AMOUNT);
        parameters.put("amount", Long.toString(template.equals("PAYMENT_REFUNDED") && refunded instanceof Number n
                ? n.longValue() : order.payableAmount()));
        if (template.equals("READY_FOR_PICKUP") || template.equals("PICKUP_REMINDER")) {
            orders.pickupCode(order).ifPresent(code -> parameters.put("pickupCode", code));
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

    private static void putStore(Map<String, String> parameters, Store store) {
        parameters.put("storeName", store.name());
        parameters.put("storeAddress", store.address());
    }
}
