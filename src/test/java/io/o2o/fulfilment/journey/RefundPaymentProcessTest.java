package io.o2o.fulfilment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderEvent;
import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * {@code refund-payment} ("Give payment back") on its own, started as the journeys call it: the
 * ledger, not the caller, decides between a refund, a void and nothing; each refund is its own and
 * is sent once; a refund the wallet refuses goes to ops and is recorded when they settle it.
 */
@SpringBootTest(properties = {
        "spring.profiles.active=process-test",
        "spring.datasource.url=jdbc:h2:mem:refund-payment-tests;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/demo",
        "camunda.bpm.job-execution.enabled=false",
        "o2o.callbacks.redelivery-interval=PT0.2S",
        "o2o.payment.wallets.MOMO.adapter=scripted", "o2o.payment.wallets.MOMO.authorisation=full-capture-only",
        "o2o.payment.wallets.ZALOPAY.adapter=scripted", "o2o.payment.wallets.ZALOPAY.authorisation=none",
        "o2o.payment.capture=at-handover",
        "o2o.adapters.wms=scripted", "o2o.adapters.erp=scripted", "o2o.adapters.notify=scripted"})
@Import(ProcessTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RefundPaymentProcessTest extends CalledProcessTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPaidOrderIsRefundedOnceAndTheCustomerTold() {
        Order order = settled(orderWithoutJourney(PaymentMethod.ZALOPAY, Map.of("SKU-1001", 2)),
                PaymentRecord.Status.PAID);

        ProcessInstance pi = giveBack(order, 199_000, "SHORTPICK");

        assertThat(pi).isEnded().hasPassed("ServiceTask_AssessGiveBack", "ServiceTask_RefundPayment",
                "ServiceTask_NotifyRefund", "EndEvent_Refunded").hasNotPassed("ServiceTask_VoidPayment");
        assertThat(adapters.calls("refund")).singleElement().satisfies(r -> {
            assertThat(r.get("paymentId")).isEqualTo(PaymentRecord.paymentIdFor(order.orderNumber()));
            assertThat(r.get("providerTransactionId")).isEqualTo("T-" + order.orderNumber());
            assertThat(((Number) r.get("amount")).longValue()).isEqualTo(199_000);
            assertThat(r.get("refundId")).as("the refund's id is its call's key").isEqualTo(r.get("idempotencyKey"));
        });
        String refundId = (String) adapters.calls("refund").get(0).get("refundId");
        assertThat(ledger.find(refundId)).get().satisfies(refund -> {
            assertThat(refund.kind()).isEqualTo(PaymentRecord.Kind.REFUND);
            assertThat(refund.status()).isEqualTo(PaymentRecord.Status.REFUNDED);
            assertThat(refund.amount()).isEqualTo(199_000);
        });
        assertThat(adapters.calls("void")).isEmpty();
        assertThat(adapters.calls("customer")).singleElement().satisfies(n -> {
            assertThat(n.get("template")).isEqualTo("PAYMENT_REFUNDED");
            assertThat(n.get("parameters").toString()).contains("amount=199000");
        });
        assertThat(orders.get(order.orderNumber()).refundedAmount()).isEqualTo(199_000);
        assertThat(timeline(order)).contains("REFUNDED: Refunded 199000 VND (SHORTPICK)");
    }

    @Test
    void moneyOnlyHeldIsReleasedNotRefunded() {
        Order order = settled(orderWithoutJourney(PaymentMethod.MOMO, Map.of("SKU-1008", 1)),
                PaymentRecord.Status.AUTHORISED);

        ProcessInstance pi = giveBack(order, order.payableAmount(), "CANCEL");

        assertThat(pi).isEnded().hasPassed("ServiceTask_VoidPayment", "EndEvent_PaymentReleased")
                .hasNotPassed("ServiceTask_RefundPayment", "ServiceTask_NotifyRefund");
        assertThat(adapters.calls("void")).singleElement().satisfies(r -> {
            assertThat(r.get("paymentId")).isEqualTo(PaymentRecord.paymentIdFor(order.orderNumber()));
            assertThat(((Number) r.get("amount")).longValue()).isEqualTo(order.payableAmount());
        });
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("customer")).isEmpty();
        assertThat(ledger.forOrder(order.orderNumber())).singleElement().extracting(PaymentRecord::status)
                .isEqualTo(PaymentRecord.Status.VOIDED);
        assertThat(orders.get(order.orderNumber()).paidAmount()).isZero();
        assertThat(orders.get(order.orderNumber()).refundedAmount()).isZero();
    }

    @Test
    void aPaymentNotYetMadeLeavesNothingToGiveBack() {
        Order order = orderWithoutJourney(PaymentMethod.ZALOPAY, Map.of("SKU-1009", 1));

        ProcessInstance pi = giveBack(order, order.payableAmount(), "CANCEL");

        assertThat(pi).isEnded().hasPassed("ServiceTask_AssessGiveBack", "EndEvent_NothingToGiveBack")
                .hasNotPassed("ServiceTask_RefundPayment", "ServiceTask_VoidPayment");
        assertNoCallToTheWalletOrTheCustomer();
        assertThat(ledger.forOrder(order.orderNumber())).singleElement().extracting(PaymentRecord::status)
                .isEqualTo(PaymentRecord.Status.PENDING);
    }

    @Test
    void aPaymentRefundedInFullHasNothingLeftToGiveBack() {
        Order order = settled(orderWithoutJourney(PaymentMethod.ZALOPAY, Map.of("SKU-1014", 1)),
                PaymentRecord.Status.PAID);
        giveBack(order, order.paidAmount(), "CANCEL");
        adapters.reset();

        ProcessInstance again = giveBack(order, order.paidAmount(), "LATEPAY");

        assertThat(again).isEnded().hasPassed("EndEvent_NothingToGiveBack").hasNotPassed("ServiceTask_RefundPayment");
        assertNoCallToTheWalletOrTheCustomer();
        assertThat(orders.get(order.orderNumber()).refundedAmount()).isEqualTo(order.paidAmount());
    }

    @Test
    void eachRefundOfAnOrderHasItsOwnIdAndIsSentOnce() {
        Order order = settled(orderWithoutJourney(PaymentMethod.ZALOPAY, Map.of("SKU-1001", 2, "SKU-1002", 1)),
                PaymentRecord.Status.PAID);
        long paid = order.paidAmount();

        giveBack(order, 199_000, "SHORTPICK");
        giveBack(order, 459_000, "GOODWILL");

        List<Map<String, Object>> refunds = adapters.calls("refund");
        assertThat(refunds).extracting(r -> ((Number) r.get("amount")).longValue()).containsExactly(199_000L, 459_000L);
        assertThat(refunds).extracting(r -> r.get("refundId")).doesNotHaveDuplicates().hasSize(2);
        assertThat(refunds).extracting(r -> r.get("idempotencyKey")).doesNotHaveDuplicates().hasSize(2);
        assertThat(refunds).allSatisfy(r -> assertThat(ledger.find((String) r.get("refundId"))).get()
                .extracting(PaymentRecord::status).isEqualTo(PaymentRecord.Status.REFUNDED));
        assertThat(adapters.calls("customer")).extracting(n -> n.get("idempotencyKey")).doesNotHaveDuplicates()
                .hasSize(2);
        assertThat(orders.get(order.orderNumber()).refundedAmount()).isEqualTo(199_000 + 459_000);

        giveBack(order, 500_000, "GOODWILL");

        assertThat(adapters.calls("refund")).hasSize(3).last()
                .satisfies(r -> assertThat(((Number) r.get("amount")).longValue())
                        .as("never more than is left of the payment").isEqualTo(paid - 199_000 - 459_000));
        assertThat(orders.get(order.orderNumber()).netPaid()).isZero();
        assertThat(ledger.forOrder(order.orderNumber())).filteredOn(p -> p.kind() == PaymentRecord.Kind.REFUND)
                .hasSize(3);
    }

    @Test
    void aRefundTheWalletRefusesIsResolvedByHandAndRecorded() {
        adapters.answer("refund", r -> Map.of("outcome", "REJECTED", "refundId", r.get("refundId"),
                "resultCode", "1088", "message", "Not refundable"));
        Order order = settled(orderWithoutJourney(PaymentMethod.ZALOPAY, Map.of("SKU-1013", 1)),
                PaymentRecord.Status.PAID);
        long paid = order.paidAmount();

        ProcessInstance pi = giveBack(order, paid, "CANCEL");

        assertThat(pi).isWaitingAt("UserTask_ResolveRefund").hasPassed("BoundaryEvent_RefundRejected")
                .hasNotPassed("ServiceTask_NotifyRefund");
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        String refundId = (String) adapters.calls("refund").get(0).get("refundId");
        assertThat(ledger.find(refundId)).get().extracting(PaymentRecord::status)
                .isEqualTo(PaymentRecord.Status.REJECTED);
        assertThat(orders.get(order.orderNumber()).refundedAmount()).isZero();
        assertThat(timeline(order)).anySatisfy(e -> assertThat(e).startsWith("REFUND_REJECTED").contains("1088"));
        assertThat(adapters.calls("customer")).isEmpty();
        Task resolve = task(pi);
        assertThat(resolve.getTaskDefinitionKey()).isEqualTo("UserTask_ResolveRefund");
        assertThat(tasks.getIdentityLinksForTask(resolve.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("ops"));

        assertThatThrownBy(() -> tasks.complete(resolve.getId(), Map.of(JourneyVariables.RESOLUTION_REFERENCE, " ")))
                .as("ops must say how the customer got the money").hasMessageContaining("Say how the customer was refunded");
        assertThat(pi).isWaitingAt("UserTask_ResolveRefund");

        tasks.claim(resolve.getId(), "ops.lan");
        tasks.complete(resolve.getId(), Map.of(JourneyVariables.RESOLUTION_REFERENCE, "VCB 20261125-0042"));

        assertThat(pi).isEnded().hasPassed("EndEvent_RefundResolvedByHand");
        assertThat(adapters.calls("refund")).as("the wallet is not asked again").hasSize(1);
        assertThat(ledger.find(refundId)).get().extracting(PaymentRecord::status)
                .isEqualTo(PaymentRecord.Status.RESOLVED_BY_HAND);
        assertThat(jdbc.sql("select resolved_by || ' / ' || resolution from payment where payment_id = ?")
                .param(refundId).query(String.class).single()).isEqualTo("ops.lan / VCB 20261125-0042");
        assertThat(orders.get(order.orderNumber()).refundedAmount()).isEqualTo(paid);
        assertThat(orders.get(order.orderNumber()).netPaid()).isZero();
        assertThat(timeline(order)).containsOnlyOnce(
                "REFUNDED: Refunded " + paid + " VND (resolved by hand by ops.lan: VCB 20261125-0042)");
    }

    private ProcessInstance giveBack(Order order, long amount, String reason) {
        ProcessInstance pi = runtime.startProcessInstanceByKey(JourneyVariables.REFUND_PAYMENT, order.orderNumber(),
                Map.of(JourneyVariables.REFUND_AMOUNT, amount, JourneyVariables.REFUND_REASON, reason));
        runJobs();
        return pi;
    }

    private void assertNoCallToTheWalletOrTheCustomer() {
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("void")).isEmpty();
        assertThat(adapters.calls("capture")).isEmpty();
        assertThat(adapters.calls("customer")).isEmpty();
    }

    private List<String> timeline(Order order) {
        return orders.timeline(order.orderNumber()).stream().map(RefundPaymentProcessTest::line).toList();
    }

    private static String line(OrderEvent event) {
        return event.type() + ": " + event.description();
    }
}
