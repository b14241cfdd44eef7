package io.o2o.fulfilment.journey;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer has the goods: settles the payment on the order. A wallet payment is already
 * captured; a payment at the store records the tender the counter took ({@code tender}).
 */
@Component("settleHandover")
class SettleHandoverDelegate implements JavaDelegate {

    private final OrderService orders;

    SettleHandoverDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Order order = orders.get(execution.getProcessBusinessKey());
        Object tender = execution.getVariable(JourneyVariables.TENDER);
        String recorded = order.paymentMethod().online() ? order.paymentMethod().name()
                : tender == null || tender.toString().isBlank() ? "CASH" : tender.toString();
        orders.collected(order.orderNumber(), recorded);
    }
}
