package io.o2o.fulfilment.journey.clickandcollect;

import io.o2o.fulfilment.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An order paid at the counter is confirmed for picking as soon as its stock is held. */
@Component("confirmPayAtStore")
class ConfirmPayAtStoreDelegate implements JavaDelegate {

    private final OrderService orders;

    ConfirmPayAtStoreDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        orders.confirmedForPaymentAtStore(execution.getProcessBusinessKey());
    }
}
