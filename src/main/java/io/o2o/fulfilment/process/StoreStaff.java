package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.store.Store;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works an order's tasks: the staff group of the order's store, looked up from the order so
 * that no task variable can send the work to another store ({@code ${storeStaff.groupOf(execution)}}).
 */
@Component("storeStaff")
public class StoreStaff {

    private final OrderService orders;

    StoreStaff(OrderService orders) {
        this.orders = orders;
    }

    public String groupOf(DelegateExecution execution) {
        return Store.staffGroupOf(orders.get(execution.getProcessBusinessKey()).storeId());
    }
}
