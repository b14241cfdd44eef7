package io.o2o.fulfilment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderEvent;
import io.o2o.fulfilment.order.OrderNotCancellableException;
import io.o2o.fulfilment.order.OrderStatus;
import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * {@code cancel-order} on its own, started as the journeys call it (the order as business key, a
 * {@code cancelReason}) for orders in different states, with no journey running for them: what it
 * gives back depends on the order and its payment, never on the caller.
 */
@SpringBootTest(properties = {
        "spring.profiles.active=process-test",
        "spring.datasource.url=jdbc:h2:mem:cancel-order-tests;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/demo",
        "camunda.bpm.job-execution.enabled=false",
        "o2o.callbacks.redelivery-interval=PT0.2S",
        "o2o.payment.wallets.MOMO.adapter=scripted", "o2o.payment.wallets.MOMO.authorisation=full-capture-only",
        "o2o.payment.wallets.ZALOPAY.adapter=scripted", "o2o.payment.wallets.ZALOPAY.authorisation=none",
        "o2o.payment.capture=at-handover",
        "o2o.adapters.wms=scripted", "o2o.adapters.erp=scripted", "o2o.adapters.notify=scripted"})
@Import(ProcessTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CancelOrderProcessTest extends CalledProcessTestSupport {

    private static final String CANCEL_ORDER = "cancel-order";

    @Test
    void anOrderWithNothingPaidHasItsStockReleasedAndNothingElse() {
        Order order = confirmedToPayAtStore(orderWithoutJourney(PaymentMethod.PAY_AT_STORE, Map.of("SKU-1003", 1)));

        ProcessInstance pi = cancel(order, "CUSTOMER");

        assertThat(pi).isEnded().hasPassed("ServiceTask_AssessCancellation", "ServiceTask_ReleaseStock",
                "ServiceTask_MarkCancelled", "ServiceTask_NotifyCancelled", "EndEvent_OrderCancelled")
                .hasNotPassed("CallActivity_RefundPayment");
        assertReleasedByTheOrderOnce(order);
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("void")).isEmpty();
        assertThat(adapters.calls("customer")).singleElement().satisfies(n -> {
            assertThat(n.get("template")).isEqualTo("ORDER_CANCELLED");
            assertThat(n.get("orderNumber")).isEqualTo(order.orderNumber());
        });
        assertThat(instancesOf(JourneyVariables.REFUND_PAYMENT, order.orderNumber())).isZero();
        Order cancelled = orders.get(order.orderNumber());
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.reservationId()).isNull();
        assertThat(timeline(order)).containsSubsequence("CANCELLING: Cancelling: the customer cancelled",
                "STOCK_RELEASED: Stock given back: the whole reservation",
                "CANCELLED: Order cancelled: the customer cancelled", "CUSTOMER_NOTIFIED: Customer notified: ORDER_CANCELLED");
    }

    @Test
    void aPaidOrderIsRefundedInFullOnceAndReleased() {
        Order order = settled(orderWithoutJourney(PaymentMethod.ZALOPAY, Map.of("SKU-1002", 1, "SKU-1009", 2)),
                PaymentRecord.Status.PAID);
        long paid = order.paidAmount();

        ProcessInstance pi = cancel(order, "NOT_COLLECTED");

        assertThat(pi).isEnded().hasPassed("ServiceTask_AssessCancellation", "CallActivity_RefundPayment",
                "ServiceTask_ReleaseStock", "ServiceTask_MarkCancelled", "EndEvent_OrderCancelled");
        assertThat(instanceOf(JourneyVariables.REFUND_PAYMENT, order.orderNumber())).isEnded()
                .hasPassed("ServiceTask_RefundPayment", "ServiceTask_NotifyRefund", "EndEvent_Refunded");
        assertThat(adapters.calls("refund")).singleElement().satisfies(r -> {
            assertThat(r.get("paymentId")).isEqualTo(PaymentRecord.paymentIdFor(order.orderNumber()));
            assertThat(((Number) r.get("amount")).longValue()).isEqualTo(paid);
        });
        assertThat(adapters.calls("void")).isEmpty();
        assertReleasedByTheOrderOnce(order);
        assertThat(adapters.calls("customer")).extracting(n -> n.get("template"))
                .containsExactly("PAYMENT_REFUNDED", "ORDER_CANCELLED");
        Order cancelled = orders.get(order.orderNumber());
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.refundedAmount()).isEqualTo(paid);
        assertThat(cancelled.netPaid()).isZero();
        assertThat(timeline(order)).containsSubsequence("CANCELLING: Cancelling: the order was not collected in time",
                "REFUNDED: Refunded " + paid + " VND (CANCEL)", "STOCK_RELEASED: Stock given back: the whole reservation",
                "CANCELLED: Order cancelled: the order was not collected in time");
    }

    @Test
    void anAuthorisedOrderHasItsHoldReleasedAndNothingRefunded() {
        Order order = settled(orderWithoutJourney(PaymentMethod.MOMO, Map.of("SKU-1008", 1)),
                PaymentRecord.Status.AUTHORISED);

        ProcessInstance pi = cancel(order, "CUSTOMER");

        assertThat(pi).isEnded().hasPassed("CallActivity_RefundPayment", "ServiceTask_ReleaseStock",
                "EndEvent_OrderCancelled");
        assertThat(instanceOf(JourneyVariables.REFUND_PAYMENT, order.orderNumber())).isEnded()
                .hasPassed("ServiceTask_VoidPayment", "EndEvent_PaymentReleased").hasNotPassed("ServiceTask_RefundPayment");
        assertThat(adapters.calls("void")).singleElement().satisfies(
                r -> assertThat(r.get("paymentId")).isEqualTo(PaymentRecord.paymentIdFor(order.orderNumber())));
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("capture")).isEmpty();
        assertReleasedByTheOrderOnce(order);
        assertThat(adapters.calls("customer")).extracting(n -> n.get("template")).containsExactly("ORDER_CANCELLED");
        assertThat(ledger.paymentOf(order.orderNumber())).get().extracting(PaymentRecord::status)
                .isEqualTo(PaymentRecord.Status.VOIDED);
        Order cancelled = orders.get(order.orderNumber());
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.paidAmount()).isZero();
        assertThat(cancelled.refundedAmount()).isZero();
        assertThat(timeline(order)).containsSubsequence("CANCELLING: Cancelling: the customer cancelled",
                "AUTHORISATION_RELEASED: The wallet released the money it held; nothing was charged",
                "STOCK_RELEASED: Stock given back: the whole reservation",
                "CANCELLED: Order cancelled: the customer cancelled");
    }

    @Test
    void anOrderTheStoreCouldNotReserveReleasesNothing() {
        Order order = orderWithoutJourney(PaymentMethod.MOMO, Map.of("SKU-1006", 1));

        ProcessInstance pi = cancel(order, "OUT_OF_STOCK");

        assertThat(pi).isEnded().hasPassed("ServiceTask_MarkCancelled", "EndEvent_OrderCancelled")
                .hasNotPassed("CallActivity_RefundPayment", "ServiceTask_ReleaseStock");
        assertThat(adapters.calls("release")).isEmpty();
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("void")).isEmpty();
        assertThat(orders.get(order.orderNumber()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(timeline(order)).contains("CANCELLED: Order cancelled: the store does not have the items");
    }

    @Test
    void aCollectedOrderIsNotCancelled() {
        Order order = confirmedToPayAtStore(orderWithoutJourney(PaymentMethod.PAY_AT_STORE, Map.of("SKU-1007", 1)));
        orders.recordPick(order.orderNumber(), Map.of(), Map.of());
        orders.issuePickupCode(order.orderNumber());
        orders.collected(order.orderNumber(), "CASH");

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CANCEL_ORDER, order.orderNumber(),
                Map.of(JourneyVariables.CANCEL_REASON, "CUSTOMER"))).isInstanceOf(OrderNotCancellableException.class);

        assertThat(instancesOf(CANCEL_ORDER, order.orderNumber())).isZero();
        assertThat(orders.get(order.orderNumber()).status()).isEqualTo(OrderStatus.COLLECTED);
        assertThat(adapters.calls("release")).isEmpty();
        assertThat(adapters.calls("customer")).isEmpty();
        assertThat(timeline(order)).noneMatch(e -> e.startsWith("CANCEL"));
    }

    private ProcessInstance cancel(Order order, String reason) {
        ProcessInstance pi = runtime.startProcessInstanceByKey(CANCEL_ORDER, order.orderNumber(),
                Map.of(JourneyVariables.CANCEL_REASON, reason));
        runJobs();
        return pi;
    }

    private void assertReleasedByTheOrderOnce(Order order) {
        assertThat(adapters.calls("release")).singleElement().satisfies(r -> {
            assertThat(r.get("orderNumber")).isEqualTo(order.orderNumber());
            assertThat(r.get("reservationId")).isNull();
            assertThat((List<?>) r.get("lines")).isEmpty();
        });
    }

    private List<String> timeline(Order order) {
        return orders.timeline(order.orderNumber()).stream().map(CancelOrderProcessTest::line).toList();
    }

    private static String line(OrderEvent event) {
        return event.type() + ": " + event.description();
    }
}
