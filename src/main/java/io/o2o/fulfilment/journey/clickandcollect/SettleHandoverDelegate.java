package io.o2o.fulfilment.journey.clickandcollect;

import io.o2o.fulfilment.ops.OrderMetrics;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer has the goods: records the handover and how they paid. A payment at the store
 * records the tender the counter took ({@code tender}); money a wallet only holds is marked for
 * capture ({@code captureDue}).
 */
@Component("settleHandover")
class SettleHandoverDelegate implements JavaDelegate {

    private final OrderService orders;
    private final PaymentService payments;
    private final OrderMetrics metrics;

    SettleHandoverDelegate(OrderService orders, PaymentService payments, OrderMetrics metrics) {
        this.orders = orders;
        this.payments = payments;
        this.metrics = metrics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Order order = orders.get(execution.getProcessBusinessKey());
        Object tender = execution.getVariable(JourneyVariables.TENDER);
        String recorded = order.paymentMethod().online() ? order.paymentMethod().name()
                : tender == null || tender.toString().isBlank() ? "CASH" : tender.toString();
        orders.collected(order.orderNumber(), recorded);
        metrics.completed(order.fulfilmentType().name(), order.storeId());
        execution.setVariable(JourneyVariables.CAPTURE_DUE, payments.captureDue(order.orderNumber()));
    }
}
