package io.o2o.fulfilment.journey;

import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.PaymentMethod;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer has the goods: settles the payment on the order. A wallet payment is already
 * captured; a payment at the store records the tender the counter took.
 */
@Component("settleHandover")
class HandOverDelegate implements JavaDelegate {

    private final OrderService orders;

    HandOverDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PaymentMethod method = PaymentMethod.valueOf((String) execution.getVariable(JourneyVariables.PAYMENT_METHOD));
        Object tender = execution.getVariable(JourneyVariables.TENDER);
        String recorded = method.online() ? method.name() : tender == null ? "CASH" : tender.toString();
        orders.collected((String) execution.getVariable(JourneyVariables.ORDER_NUMBER), recorded);
    }
}
