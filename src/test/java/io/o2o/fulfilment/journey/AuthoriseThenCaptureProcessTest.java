package io.o2o.fulfilment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.o2o.fulfilment.callback.PaymentReconciliation;
import io.o2o.fulfilment.order.OrderStatus;
import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.port.PaymentNotification;
import io.o2o.fulfilment.process.JourneyVariables;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Click-and-collect with money held at order time and captured at handover, on the real engine
 * with scripted wallets; plus the keys and refunds that every journey relies on.
 */
@SpringBootTest(properties = {
        "spring.profiles.active=process-test",
        "spring.datasource.url=jdbc:h2:mem:capture-tests;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/demo",
        "camunda.bpm.job-execution.enabled=false",
        "o2o.callbacks.redelivery-interval=PT0.2S",
        "o2o.payment.wallets.MOMO.adapter=scripted", "o2o.payment.wallets.MOMO.authorisation=full-capture-only",
        "o2o.payment.wallets.ZALOPAY.adapter=scripted", "o2o.payment.wallets.ZALOPAY.authorisation=partial-capture",
        "o2o.payment.capture=at-handover",
        "o2o.payment.reconcile-after=PT0S", "o2o.payment.reconcile-interval=PT1H",
        "o2o.adapters.wms=scripted", "o2o.adapters.erp=scripted", "o2o.adapters.notify=scripted"})
@Import(ProcessTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuthoriseThenCaptureProcessTest extends JourneyTestSupport {

    private static final String HOLD_RUNS_OUT = "StartEvent_HoldRunningOut";

    @Autowired
    PaymentReconciliation reconciliation;

    @Test
    void aCancelledAuthorisationIsReleasedAndNoMoneyMoves() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1001", 1));
        runJobs();
        assertThat(adapters.calls("create")).singleElement().satisfies(r -> assertThat(r.get("capture")).isEqualTo(false));
        authorise(pi);
        assertThat(picking(pi)).isWaitingAt("UserTask_PickOrder");
        assertThat(order(pi).paidAmount()).isZero();
        assertThat(timer(pi, HOLD_RUNS_OUT)).isNotNull();

        journeys.requestCancellation(pi.getBusinessKey());
        runJobs();

        assertThat(pi).isEnded().hasPassed("EndEvent_CancelledOnRequest");
        assertThat(adapters.calls("void")).singleElement()
                .satisfies(r -> assertThat(r.get("paymentId")).isEqualTo(pi.getBusinessKey() + "-P1"));
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("capture")).isEmpty();
        assertThat(ledger.paymentOf(pi.getBusinessKey())).get().extracting(PaymentRecord::status)
                .isEqualTo(PaymentRecord.Status.VOIDED);
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order(pi).refundedAmount()).isZero();
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aPaymentWhoseNotificationNeverCameIsSettledByAskingTheWallet() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1001", 1));
        runJobs();
        long amount = order(pi).payableAmount();
        adapters.answer("query", r -> Map.of("state", "AUTHORISED", "paymentId", r.get("paymentId"), "amount", amount,
                "providerTransactionId", "T-late", "resultCode", "9000", "message", "Authorised."));

        reconciliation.reconcile();
        runJobs();

        assertThat(picking(pi)).isWaitingAt("UserTask_PickOrder");
        assertThat(adapters.calls("query")).singleElement()
                .satisfies(r -> assertThat(r.get("paymentId")).isEqualTo(pi.getBusinessKey() + "-P1"));
        assertThat(ledger.paymentOf(pi.getBusinessKey())).get().extracting(PaymentRecord::status)
                .isEqualTo(PaymentRecord.Status.AUTHORISED);

        callbacks.accept(new PaymentNotification(ScriptedAdapters.NAME, pi.getBusinessKey() + "-P1", amount,
                PaymentNotification.Outcome.AUTHORISED, "T-late", "9000", "Authorised.", "scripted:ipn:" + pi.getId()));
        reconciliation.reconcile();
        runJobs();
        assertThat(picking(pi)).as("the late notification and a second round change nothing")
                .isWaitingAt("UserTask_PickOrder");
        assertThat(adapters.calls("query")).hasSize(1);
    }

    @Test
    void aShortPickIsCapturedInFullAndTheDifferenceRefundedOnce() {
        ProcessInstance pi = authorisedThenShortPicked();
        long authorised = ledger.paymentOf(pi.getBusinessKey()).orElseThrow().amount();
        assertThat(adapters.calls("refund")).as("nothing is charged yet, so nothing to refund").isEmpty();

        handOver(pi);

        assertThat(pi).isEnded().hasPassed("ServiceTask_CapturePayment", "CallActivity_RefundCaptureDifference",
                "EndEvent_OrderCollected");
        assertThat(adapters.calls("capture")).singleElement().satisfies(r -> {
            assertThat(((Number) r.get("amount")).longValue()).isEqualTo(authorised);
            assertThat(((Number) r.get("authorisedAmount")).longValue()).isEqualTo(authorised);
        });
        assertThat(adapters.calls("refund")).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("amount")).longValue()).isEqualTo(199_000));
        assertThat(order(pi).paidAmount()).isEqualTo(authorised);
        assertThat(order(pi).netPaid()).isEqualTo(order(pi).payableAmount());
        assertThat(pi).as("the hold never ran out").hasNotPassed("ServiceTask_CheckHeldPayment");
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void moneyStillHeldWhenTheHoldRunsOutIsCapturedOnceAndNotAgainAtHandover() {
        Instant placed = Instant.now();
        ProcessInstance pi = authorisedThenShortPicked();
        long authorised = ledger.paymentOf(pi.getBusinessKey()).orElseThrow().amount();
        Job hold = timer(pi, HOLD_RUNS_OUT);
        // P7D held, less the 15 minutes the customer has to pay and a margin of 6 hours
        Duration after = Duration.ofDays(7).minusMinutes(15).minusHours(6);
        assertThat(hold.getDuedate().toInstant()).isBetween(placed.plus(after), Instant.now().plus(after));

        management.executeJob(hold.getId());
        runJobs();

        assertThat(pi).hasPassed("ServiceTask_CaptureHeldPayment", "CallActivity_RefundHeldCaptureDifference",
                "EndEvent_HeldPaymentCaptured");
        assertThat(timer(pi, HOLD_RUNS_OUT)).as("the hold timer fires once").isNull();
        assertThat(adapters.calls("capture")).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("amount")).longValue()).isEqualTo(authorised));
        assertThat(adapters.calls("refund")).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("amount")).longValue()).isEqualTo(199_000));
        assertThat(ledger.paymentOf(pi.getBusinessKey())).get().extracting(PaymentRecord::status)
                .isEqualTo(PaymentRecord.Status.PAID);

        handOver(pi);

        assertThat(pi).isEnded().hasPassed("EndEvent_OrderCollected")
                .hasNotPassed("ServiceTask_CapturePayment", "CallActivity_RefundCaptureDifference");
        assertThat(adapters.calls("capture")).hasSize(1);
        assertThat(adapters.calls("refund")).hasSize(1);
        assertThat(order(pi).paidAmount()).isEqualTo(authorised);
        assertThat(order(pi).netPaid()).isEqualTo(order(pi).payableAmount());
    }

    @Test
    void aHoldRunningOutWhileTheOrderIsCancelledCapturesNothing() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1001", 1));
        runJobs();
        authorise(pi);
        tasks.complete(task(pi).getId());
        tasks.complete(task(pi).getId(), Map.of("stagingLocation", "C-3"));
        runJobs();
        management.executeJob(timer(pi, "BoundaryEvent_NotCollected").getId());
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLING);

        management.executeJob(timer(pi, HOLD_RUNS_OUT).getId());
        runJobs();

        assertThat(pi).isEnded().hasPassed("EndEvent_NothingHeld", "EndEvent_OrderCancelled")
                .hasNotPassed("ServiceTask_CaptureHeldPayment");
        assertThat(adapters.calls("capture")).isEmpty();
        assertThat(adapters.calls("void")).hasSize(1);
        assertThat(ledger.paymentOf(pi.getBusinessKey())).get().extracting(PaymentRecord::status)
                .isEqualTo(PaymentRecord.Status.VOIDED);
    }

    @Test
    void aWalletThatCapturesLessTakesOnlyWhatWasPicked() {
        ProcessInstance pi = place(PaymentMethod.ZALOPAY, Map.of("SKU-1001", 2));
        runJobs();
        authorise(pi);
        tasks.complete(task(pi).getId(), Map.of("pickedQuantities", "{\"SKU-1001\":1}"));
        runJobs();

        handOver(pi);

        assertThat(pi).isEnded().hasNotPassed("CallActivity_RefundCaptureDifference");
        assertThat(adapters.calls("capture")).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("amount")).longValue()).isEqualTo(199_000));
        assertThat(adapters.calls("refund")).isEmpty();
    }

    @Test
    void aRetriedCallKeepsItsKeyAndTheNextVisitGetsANewOne() {
        adapters.answer("reserve", r -> {
            throw new IllegalStateException("WMS offline");
        });
        ProcessInstance pi = place(PaymentMethod.PAY_AT_STORE, Map.of("SKU-1011", 1));
        Job reserve = management.createJobQuery().processInstanceId(pi.getId()).messages().singleResult();
        assertThatThrownBy(() -> management.executeJob(reserve.getId())).hasMessageContaining("WMS offline");
        adapters.reset();
        management.executeJob(reserve.getId());

        assertThat(adapters.calls("reserve")).singleElement();
        String firstKey = (String) adapters.calls("reserve").get(0).get("idempotencyKey");
        assertThat(firstKey).startsWith(pi.getBusinessKey() + "-ReserveStock-");
        assertThat(runtime.getVariable(pi.getId(), "callKey_ServiceTask_ReserveStock")).isEqualTo(firstKey);
    }

    @Test
    void aRefundTheWalletRefusesIsResolvedByHandAndRecorded() {
        adapters.answer("refund", r -> Map.of("outcome", "REJECTED", "refundId", r.get("refundId"),
                "resultCode", "1088", "message", "Not refundable"));
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1001", 1));
        runJobs();
        callbacks.accept(new PaymentNotification(ScriptedAdapters.NAME, pi.getBusinessKey() + "-P1",
                order(pi).payableAmount(), PaymentNotification.Outcome.PAID, "T-1", "0", "Successful.",
                "scripted:paid:" + pi.getId()));
        runJobs();
        journeys.requestCancellation(pi.getBusinessKey());
        runJobs();
        Task resolve = tasks.createTaskQuery().taskDefinitionKey("UserTask_ResolveRefund")
                .processInstanceBusinessKey(pi.getBusinessKey()).singleResult();
        assertThat(order(pi).refundedAmount()).isZero();

        tasks.claim(resolve.getId(), "ops");
        tasks.complete(resolve.getId(), Map.of(JourneyVariables.RESOLUTION_REFERENCE, "VCB 20261125-0042"));

        String refundId = (String) adapters.calls("refund").get(0).get("refundId");
        assertThat(ledger.find(refundId)).get().extracting(PaymentRecord::status)
                .isEqualTo(PaymentRecord.Status.RESOLVED_BY_HAND);
        assertThat(order(pi).refundedAmount()).isEqualTo(order(pi).paidAmount());
        assertThat(orders.timeline(pi.getBusinessKey())).anySatisfy(e -> assertThat(e.description())
                .contains("resolved by hand by ops").contains("VCB 20261125-0042"));
    }

    /** A MoMo order whose money is held, picked without one of its two SKU-1001 (199,000 VND). */
    private ProcessInstance authorisedThenShortPicked() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1001", 2, "SKU-1005", 1));
        runJobs();
        authorise(pi);
        tasks.complete(task(pi).getId(), Map.of("pickedQuantities", "{\"SKU-1001\":1}"));
        runJobs();
        return pi;
    }

    @Test
    void aHoldCaptureAndAHandoverCaptureQueuedTogetherTakeTheMoneyOnce() {
        ProcessInstance pi = authorisedThenShortPicked();
        management.executeJob(timer(pi, HOLD_RUNS_OUT).getId());
        tasks.complete(task(pi).getId(), Map.of("stagingLocation", "C-3"));
        runJobsExcept("ServiceTask_CaptureHeldPayment");
        tasks.complete(task(pi).getId(), Map.of("pickupCode", pickupCode(pi)));
        assertThat(management.createJobQuery().activityId("ServiceTask_CaptureHeldPayment").count()).isOne();
        assertThat(management.createJobQuery().activityId("ServiceTask_CapturePayment").count()).isOne();

        runJobs();

        assertThat(pi).isEnded().hasPassed("EndEvent_OrderCollected");
        assertThat(adapters.calls("capture")).as("the second capture finds nothing held").hasSize(1);
        assertThat(adapters.calls("refund")).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("amount")).longValue()).isEqualTo(199_000));
        assertThat(order(pi).netPaid()).isEqualTo(order(pi).payableAmount());
    }

    private void runJobsExcept(String activityId) {
        for (int round = 0; round < 50; round++) {
            List<String> held = management.createJobQuery().activityId(activityId).list().stream().map(Job::getId)
                    .toList();
            List<Job> due = management.createJobQuery().executable().messages().list().stream()
                    .filter(job -> !held.contains(job.getId()))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private void authorise(ProcessInstance pi) {
        callbacks.accept(new PaymentNotification(ScriptedAdapters.NAME, pi.getBusinessKey() + "-P1",
                order(pi).payableAmount(), PaymentNotification.Outcome.AUTHORISED, "T-" + pi.getBusinessKey(), "9000",
                "Authorised.", "scripted:authorised:" + pi.getId()));
        runJobs();
    }

    private void handOver(ProcessInstance pi) {
        tasks.complete(task(pi).getId(), Map.of("stagingLocation", "C-2"));
        runJobs();
        tasks.complete(task(pi).getId(), Map.of("pickupCode", pickupCode(pi)));
        runJobs();
    }
}
