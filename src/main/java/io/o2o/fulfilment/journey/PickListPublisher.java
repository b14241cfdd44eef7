package io.o2o.fulfilment.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When the pick task is created, puts the lines to pick on the task for the store's pick form. */
@Component("publishPickList")
class PickListPublisher implements TaskListener {

    private final OrderService orders;
    private final ObjectMapper json;

    PickListPublisher(OrderService orders, ObjectMapper json) {
        this.orders = orders;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        Order order = orders.get(task.getExecution().getProcessBusinessKey());
        List<Map<String, Object>> lines = order.lines().stream()
                .map(l -> Map.<String, Object>of("sku", l.sku(), "name", l.name(), "quantity", l.quantity()))
                .toList();
        try {
            task.setVariableLocal(JourneyVariables.PICK_LIST, json.writeValueAsString(lines));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the pick list of " + order.orderNumber(), e);
        }
    }
}
