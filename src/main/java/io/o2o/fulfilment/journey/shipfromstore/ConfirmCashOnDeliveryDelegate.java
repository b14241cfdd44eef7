package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A cash-on-delivery order needs no payment now: the courier collects it. */
@Component("confirmCashOnDelivery")
class ConfirmCashOnDeliveryDelegate implements JavaDelegate {

    private final OrderService orders;

    ConfirmCashOnDeliveryDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        orders.confirmedForCashOnDelivery(execution.getProcessBusinessKey());
    }
}
