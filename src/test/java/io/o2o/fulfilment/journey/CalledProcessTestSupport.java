package io.o2o.fulfilment.journey;

import io.o2o.fulfilment.order.Customer;
import io.o2o.fulfilment.order.FulfilmentType;
import io.o2o.fulfilment.order.NewOrder;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.payment.PaymentService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * For testing a called process on its own: orders whose journey is not running, brought by the
 * domain itself into the state the test needs, and the instance a process started for an order.
 */
abstract class CalledProcessTestSupport extends JourneyTestSupport {

    @Autowired
    HistoryService history;

    /** An order placed and its payment opened, with no journey started for it. */
    Order orderWithoutJourney(PaymentMethod method, Map<String, Integer> quantities) {
        var products = catalogue.findBySkus(quantities.keySet());
        List<NewOrder.Item> items = quantities.entrySet().stream()
                .map(e -> new NewOrder.Item(products.get(e.getKey()), e.getValue()))
                .toList();
        return transaction.execute(status -> {
            Order order = orders.place(new NewOrder(new Customer("Lê Văn Riêng", "0907654321", "rieng@example.vn"),
                    FulfilmentType.CLICK_AND_COLLECT, "HCM-Q1", method, items)).order();
            payments.open(order);
            orders.stockReserved(order.orderNumber(), "RES-" + order.orderNumber());
            return orders.get(order.orderNumber());
        });
    }

    /** The wallet's final answer for the order's payment: {@code PAID} or {@code AUTHORISED}. */
    Order settled(Order order, PaymentRecord.Status outcome) {
        PaymentService.Settlement settlement = payments.settle(PaymentRecord.paymentIdFor(order.orderNumber()), outcome,
                order.payableAmount(), "T-" + order.orderNumber(), "0", "Successful.");
        if (settlement != PaymentService.Settlement.CONFIRMED) {
            throw new IllegalStateException("the payment of " + order.orderNumber() + " did not settle: " + settlement);
        }
        return orders.get(order.orderNumber());
    }

    Order confirmedToPayAtStore(Order order) {
        orders.confirmedForPaymentAtStore(order.orderNumber());
        return orders.get(order.orderNumber());
    }

    /** The one instance of {@code processKey} started for the order. */
    ProcessInstance instanceOf(String processKey, String orderNumber) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey).processInstanceBusinessKey(orderNumber).singleResult();
        return instance == null ? null : new StartedInstance(instance);
    }

    long instancesOf(String processKey, String orderNumber) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(orderNumber).count();
    }

    /** A historic instance seen as a process instance, for the process assertions. */
    private record StartedInstance(HistoricProcessInstance historic) implements ProcessInstance {

        @Override
        public String getId() {
            return historic.getId();
        }

        @Override
        public String getProcessInstanceId() {
            return historic.getId();
        }

        @Override
        public String getProcessDefinitionId() {
            return historic.getProcessDefinitionId();
        }

        @Override
        public String getProcessDefinitionKey() {
            return historic.getProcessDefinitionKey();
        }

        @Override
        public String getBusinessKey() {
            return historic.getBusinessKey();
        }

        @Override
        public String getRootProcessInstanceId() {
            return historic.getRootProcessInstanceId();
        }

        @Override
        public String getCaseInstanceId() {
            return historic.getCaseInstanceId();
        }

        @Override
        public boolean isSuspended() {
            return HistoricProcessInstance.STATE_SUSPENDED.equals(historic.getState());
        }

        @Override
        public boolean isEnded() {
            return historic.getEndTime() != null;
        }

        @Override
        public String getTenantId() {
            return historic.getTenantId();
        }
    }
}
