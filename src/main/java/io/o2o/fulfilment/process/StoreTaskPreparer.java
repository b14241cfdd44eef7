package io.o2o.fulfilment.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderLine;
import io.o2o.fulfilment.order.OrderService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a store task is created, puts on it what the staff need to see: the order number, how the
 * customer pays, the lines (the pick form lists them), the customer's given name, the amount to
 * collect and where the order was staged (the Camunda Forms show them), and a one-line description
 * for the task list. Task-local, so nothing of it flows back into the process.
 */
@Component("prepareStoreTask")
class StoreTaskPreparer implements TaskListener {

    private final OrderService orders;
    private final ObjectMapper json;

    StoreTaskPreparer(OrderService orders, ObjectMapper json) {
        this.orders = orders;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        Order order = orders.get(task.getExecution().getProcessBusinessKey());
        List<Map<String, Object>> lines = order.lines().stream()
                .map(l -> Map.<String, Object>of("sku", l.sku(), "name", l.name(), "quantity", l.fulfilledQuantity()))
                .toList();
        task.setVariableLocal(JourneyVariables.ORDER_NUMBER, order.orderNumber());
        // staff read task variables only, so the task list's payment column needs its own copy
        task.setVariableLocal(JourneyVariables.PAYMENT_METHOD, order.paymentMethod().name());
        task.setVariableLocal(JourneyVariables.PICK_LIST, write(lines));
        // shown by the Camunda Forms (processes/*.form); names a form field never uses, so a submitted
        // form cannot overwrite them
        task.setVariableLocal(JourneyVariables.CUSTOMER_FIRST_NAME, firstName(order.customer().name()));
        task.setVariableLocal(JourneyVariables.AMOUNT_TO_COLLECT, vnd(order.payableAmount() - order.netPaid()));
        if (order.stagingLocation() != null) {
            task.setVariableLocal(JourneyVariables.STAGED_AT, order.stagingLocation());
        }
        task.setDescription(order.orderNumber() + " · " + order.customer().name() + " · "
                + order.lines().stream().mapToInt(OrderLine::fulfilledQuantity).sum() + " item(s) · "
                + (order.paymentMethod().online() ? "paid by " + order.paymentMethod().name() : "pay at the counter"));
    }

    /** A Vietnamese name ends with the given name, the one staff call the customer by. */
    static String firstName(String name) {
        String trimmed = name == null ? "" : name.strip();
        return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
    }

    /** Whole VND as written in Vietnam: 1.250.000 ₫. */
    static String vnd(long amount) {
        return String.format(Locale.ROOT, "%,d ₫", Math.max(0, amount)).replace(',', '.');
    }

    private String write(List<Map<String, Object>> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the pick list", e);
        }
    }
}
