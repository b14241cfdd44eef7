package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderLine;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.order.Vnd;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a store task is created, puts on it what the staff need to see: a title saying what to do for
 * which order (the task's {@code title} property in the model, with {@code {order}}, {@code {items}}
 * and {@code {customer}} filled in), a description of how the customer pays, the order number and
 * payment for the task list's columns, the customer's given name, the amount to collect and where the order was staged (the Camunda Forms show them).
 * Task-local, so nothing of it flows back into the process.
 */
@Component("prepareStoreTask")
class StoreTaskPreparer implements TaskListener {

    private final OrderService orders;
    private final ShipmentService shipments;
    private final TaskProperties properties;

    StoreTaskPreparer(OrderService orders, ShipmentService shipments, TaskProperties properties) {
        this.orders = orders;
        this.shipments = shipments;
        this.properties = properties;
    }

    @Override
    public void notify(DelegateTask task) {
        Order order = orders.get(task.getExecution().getProcessBusinessKey());
        Object shipmentId = task.getExecution().getVariable(JourneyVariables.SHIPMENT_ID);
        int items = shipmentId != null ? shipments.get(shipmentId.toString()).units()
                : order.lines().stream().mapToInt(OrderLine::fulfilledQuantity).sum();
        String customer = firstName(order.customer().name());
        String title = properties.of(task.getExecution()).get("title");
        if (title != null) {
            task.setName(title.replace("{order}", order.orderNumber()).replace("{items}", String.valueOf(items))
                    .replace("{customer}", customer));
        }
        String toCollect = Vnd.format(order.payableAmount() - order.netPaid());
        String wallet = order.paymentMethod().displayName();
        boolean online = order.paymentMethod().online();
        boolean courierCollects = order.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY;
        task.setDescription("Khách " + customer + " · " + items + " món · "
                + (online ? "đã trả qua " + wallet : courierCollects ? "tài xế thu hộ khi giao" : "thu tại quầy " + toCollect)
                + " / Customer " + customer + " · " + items + " items · "
                + (online ? "paid by " + wallet : courierCollects ? "the courier collects cash on delivery"
                        : "collect " + toCollect + " at the counter"));
        String payment = online ? wallet + ": đã trả / paid"
                : courierCollects ? "Thu hộ khi giao / Cash on delivery" : "Thu / Collect " + toCollect;
        task.setVariableLocal(JourneyVariables.ORDER_NUMBER, order.orderNumber());
        // staff read task variables only, so the forms and the task list need their own copies
        task.setVariableLocal(JourneyVariables.PAYMENT_METHOD, order.paymentMethod().name());
        task.setVariableLocal(JourneyVariables.PAYMENT, payment);
        // names a form field never uses, so a submitted form cannot overwrite them
        task.setVariableLocal(JourneyVariables.CUSTOMER_FIRST_NAME, customer);
        task.setVariableLocal(JourneyVariables.AMOUNT_TO_COLLECT, toCollect);
        if (order.stagingLocation() != null) {
            task.setVariableLocal(JourneyVariables.STAGED_AT, order.stagingLocation());
        }
    }

    /** A Vietnamese name ends with the given name, the one staff call the customer by. */
    static String firstName(String name) {
        String trimmed = name == null ? "" : name.strip();
        return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
    }

}
