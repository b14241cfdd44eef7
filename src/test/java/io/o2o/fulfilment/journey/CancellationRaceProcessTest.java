package io.o2o.fulfilment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.o2o.fulfilment.order.OrderNotCancellableException;
import io.o2o.fulfilment.order.OrderStatus;
import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.port.PaymentNotification;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A customer's cancellation landing while a port call of the journey is due or on its way, and a
 * payment notification landing while the order is being cancelled. Whatever the order holds is
 * given back exactly once: the stock by the order, the money by a void where the wallet only holds
 * it (MoMo here) or by a refund where it was charged (ZaloPay here, which pays at once).
 */
@SpringBootTest(properties = {
        "spring.profiles.active=process-test",
        "spring.datasource.url=jdbc:h2:mem:cancellation-race-tests;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/demo",
        "camunda.bpm.job-execution.enabled=false",
        "o2o.callbacks.redelivery-interval=PT0.2S",
        "o2o.payment.wallets.MOMO.adapter=scripted", "o2o.payment.wallets.MOMO.authorisation=full-capture-only",
        "o2o.payment.wallets.ZALOPAY.adapter=scripted", "o2o.payment.wallets.ZALOPAY.authorisation=none",
        "o2o.payment.capture=at-handover",
        "o2o.adapters.wms=scripted", "o2o.adapters.erp=scripted", "o2o.adapters.notify=scripted"})
@Import(ProcessTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CancellationRaceProcessTest extends JourneyTestSupport {

    @Autowired
    HistoryService history;

    @Test
    void cancelledWhileTheReservationIsDue() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1011", 1));
        dueAt(pi, "ServiceTask_ReserveStock");

        cancel(pi);

        assertCancelledOnRequest(pi);
        assertThat(adapters.calls("reserve")).isEmpty();
        assertReleasedByTheOrderOnce(pi);
        assertNoMoneyMoved(pi);
    }

    @Test
    void cancelledWhileTheStoreIsAnsweringTheReservation() {
        adapters.answer("reserve", r -> {
            cancelFromAnotherTransaction((String) r.get("orderNumber"));
            return Map.of("outcome", "RESERVED", "reservationId", "RES-" + r.get("orderNumber"));
        });
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1011", 1));
        Job reserve = dueAt(pi, "ServiceTask_ReserveStock");

        assertThatThrownBy(() -> management.executeJob(reserve.getId()))
                .as("the reservation's job lost the race and rolled back")
                .isInstanceOf(OptimisticLockingException.class);
        runJobs();

        assertCancelledOnRequest(pi);
        assertThat(adapters.calls("reserve")).as("the store did reserve").hasSize(1);
        assertReleasedByTheOrderOnce(pi);
        assertThat(order(pi).reservationId()).isNull();
        assertNoMoneyMoved(pi);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentMethod.class, names = {"MOMO", "ZALOPAY"})
    void cancelledWhileThePaymentRequestIsDue(PaymentMethod method) {
        ProcessInstance pi = place(method, Map.of("SKU-1011", 1));
        management.executeJob(dueAt(pi, "ServiceTask_ReserveStock").getId());
        dueAt(pi, "ServiceTask_CreatePayment");

        cancel(pi);

        assertCancelledOnRequest(pi);
        assertThat(adapters.calls("create")).isEmpty();
        assertReleasedByTheOrderOnce(pi);
        assertNoMoneyMoved(pi);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentMethod.class, names = {"MOMO", "ZALOPAY"})
    void cancelledWhileTheWalletIsCreatingThePaymentThatTheCustomerThenPays(PaymentMethod method) {
        adapters.answer("create", r -> {
            cancelFromAnotherTransaction((String) r.get("orderNumber"));
            return Map.of("outcome", "CREATED", "paymentId", r.get("paymentId"), "payUrl",
                    "https://pay.example/" + r.get("paymentId"), "resultCode", "0", "message", "Successful.");
        });
        ProcessInstance pi = place(method, Map.of("SKU-1011", 1));
        long amount = order(pi).payableAmount();
        management.executeJob(dueAt(pi, "ServiceTask_ReserveStock").getId());
        Job create = dueAt(pi, "ServiceTask_CreatePayment");

        assertThatThrownBy(() -> management.executeJob(create.getId())).isInstanceOf(OptimisticLockingException.class);
        runJobs();
        assertCancelledOnRequest(pi);
        assertNoMoneyMoved(pi);

        // the wallet did open the payment, and the customer pays it with the link they were shown
        callbacks.accept(settled(pi, method, amount));
        runJobs();

        assertThat(adapters.calls("create")).hasSize(1);
        assertReleasedByTheOrderOnce(pi);
        assertMoneyGivenBackOnce(pi, method, amount);
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentMethod.class, names = {"MOMO", "ZALOPAY"})
    void cancelledWhileTheUnpickedStockIsDueForRelease(PaymentMethod method) {
        ProcessInstance pi = placeAndPay(method, Map.of("SKU-1001", 2, "SKU-1005", 1));
        long paid = order(pi).payableAmount();
        tasks.complete(task(pi).getId(), Map.of(JourneyVariables.PICKED_QUANTITIES, "{\"SKU-1001\":1}"));
        dueAt(pi, "ServiceTask_ReleaseUnpicked");

        cancel(pi);

        assertCancelledOnRequest(pi);
        assertReleasedByTheOrderOnce(pi);
        assertThat(adapters.calls("release")).as("the short pick's own release never went out").hasSize(1);
        assertMoneyGivenBackOnce(pi, method, paid);
    }

    @Test
    void cancelledWhileTheShortPickRefundIsDue() {
        ProcessInstance pi = placeAndPay(PaymentMethod.ZALOPAY, Map.of("SKU-1001", 2, "SKU-1005", 1));
        long paid = order(pi).payableAmount();
        tasks.complete(task(pi).getId(), Map.of(JourneyVariables.PICKED_QUANTITIES, "{\"SKU-1001\":1}"));
        runJobsUntilDue(pi, "ServiceTask_RefundPayment");
        assertThat(adapters.calls("release")).singleElement()
                .satisfies(r -> assertThat(r.get("reservationId")).isEqualTo("RES-" + pi.getBusinessKey()));

        cancel(pi);

        assertCancelledOnRequest(pi);
        assertThat(adapters.calls("release")).filteredOn(r -> r.get("reservationId") == null).hasSize(1);
        assertMoneyGivenBackOnce(pi, PaymentMethod.ZALOPAY, paid);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentMethod.class, names = {"MOMO", "ZALOPAY"})
    void cancelledWhileTheReadyForPickupMessageIsDue(PaymentMethod method) {
        ProcessInstance pi = placeAndPay(method, Map.of("SKU-1009", 1));
        long paid = order(pi).payableAmount();
        tasks.complete(task(pi).getId());
        tasks.complete(task(pi).getId(), Map.of(JourneyVariables.STAGING_LOCATION, "C-1"));
        dueAt(pi, "ServiceTask_NotifyReadyForPickup");

        cancel(pi);

        assertCancelledOnRequest(pi);
        assertReleasedByTheOrderOnce(pi);
        assertMoneyGivenBackOnce(pi, method, paid);
        assertThat(adapters.calls("customer")).extracting(c -> c.get("template")).doesNotContain("READY_FOR_PICKUP")
                .containsOnlyOnce("ORDER_CANCELLED");
    }

    @Test
    void aCaptureDueAfterHandoverCannotBeOvertakenByACancellation() {
        ProcessInstance pi = placeAndPay(PaymentMethod.MOMO, Map.of("SKU-1009", 1));
        long authorised = order(pi).payableAmount();
        tasks.complete(task(pi).getId());
        tasks.complete(task(pi).getId(), Map.of(JourneyVariables.STAGING_LOCATION, "C-1"));
        runJobs();
        tasks.complete(task(pi).getId(), Map.of(JourneyVariables.PICKUP_CODE, pickupCode(pi)));
        dueAt(pi, "ServiceTask_CapturePayment");

        assertThatThrownBy(() -> journeys.requestCancellation(pi.getBusinessKey()))
                .isInstanceOf(OrderNotCancellableException.class);
        runJobs();

        assertThat(pi).isEnded().hasPassed("ServiceTask_CapturePayment", "EndEvent_OrderCollected")
                .hasNotPassed("CallActivity_CancelOnRequest");
        assertThat(adapters.calls("capture")).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("amount")).longValue()).isEqualTo(authorised));
        assertThat(adapters.calls("void")).isEmpty();
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("release")).isEmpty();
        assertThat(order(pi).status()).isEqualTo(OrderStatus.COLLECTED);
        assertThat(order(pi).netPaid()).isEqualTo(authorised);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("cancel-order")
                .processInstanceBusinessKey(pi.getBusinessKey()).count()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = PaymentMethod.class, names = {"MOMO", "ZALOPAY"})
    void aPaymentNotifiedWhileTheOrderIsCancellingIsGivenBackOnce(PaymentMethod method) {
        ProcessInstance pi = place(method, Map.of("SKU-1012", 1));
        runJobs();
        long amount = order(pi).payableAmount();
        cancelWithoutRunningJobs(pi);
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLING);

        PaymentNotification notification = settled(pi, method, amount);
        callbacks.accept(notification);
        runJobs();

        assertCancelledOnRequest(pi);
        assertReleasedByTheOrderOnce(pi);
        assertMoneyGivenBackOnce(pi, method, amount);
        assertThat(orders.timeline(pi.getBusinessKey())).extracting(e -> e.type())
                .containsOnlyOnce(holds(method) ? "LATE_AUTHORISATION" : "LATE_PAYMENT");

        callbacks.accept(notification);
        runJobs();

        assertMoneyGivenBackOnce(pi, method, amount);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(JourneyVariables.REFUND_PAYMENT)
                .processInstanceBusinessKey(pi.getBusinessKey()).count()).as("the replay started nothing")
                .isEqualTo(1);
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    /** Here MoMo only holds the money until handover; ZaloPay takes it at once. */
    private static boolean holds(PaymentMethod method) {
        return method == PaymentMethod.MOMO;
    }

    private ProcessInstance placeAndPay(PaymentMethod method, Map<String, Integer> quantities) {
        ProcessInstance pi = place(method, quantities);
        runJobs();
        callbacks.accept(settled(pi, method, order(pi).payableAmount()));
        runJobs();
        assertThat(pi).isWaitingAt("CallActivity_PickAndStage");
        assertThat(picking(pi)).isWaitingAt("UserTask_PickOrder");
        return pi;
    }

    private static PaymentNotification settled(ProcessInstance pi, PaymentMethod method, long amount) {
        PaymentNotification.Outcome outcome = holds(method) ? PaymentNotification.Outcome.AUTHORISED
                : PaymentNotification.Outcome.PAID;
        return new PaymentNotification(ScriptedAdapters.NAME, pi.getBusinessKey() + "-P1", amount, outcome,
                "T-" + pi.getBusinessKey(), holds(method) ? "9000" : "1", "Successful.",
                "scripted:" + outcome + ":" + pi.getId());
    }

    private void cancel(ProcessInstance pi) {
        cancelWithoutRunningJobs(pi);
        runJobs();
    }

    /** The customer's cancellation commits while the port call that asks for it is still being answered. */
    private void cancelFromAnotherTransaction(String orderNumber) {
        assertThat(CompletableFuture.supplyAsync(() -> journeys.requestCancellation(orderNumber)).join()).isTrue();
    }

    private void cancelWithoutRunningJobs(ProcessInstance pi) {
        assertThat(journeys.requestCancellation(pi.getBusinessKey())).isTrue();
    }

    /** The one job of the order's journey (or of a process it called) due at {@code activityId}. */
    private Job dueAt(ProcessInstance pi, String activityId) {
        Set<String> instances = instancesOf(pi);
        List<Job> due = management.createJobQuery().activityId(activityId).executable().list().stream()
                .filter(job -> instances.contains(job.getProcessInstanceId()))
                .toList();
        assertThat(due).as("due at " + activityId).hasSize(1);
        return due.get(0);
    }

    /** Runs the due jobs, leaving the one at {@code activityId} due. */
    private void runJobsUntilDue(ProcessInstance pi, String activityId) {
        for (int round = 0; round < 50; round++) {
            Set<String> held = management.createJobQuery().activityId(activityId).list().stream().map(Job::getId)
                    .collect(Collectors.toSet());
            List<Job> others = management.createJobQuery().executable().messages().list().stream()
                    .filter(job -> !held.contains(job.getId()))
                    .toList();
            if (others.isEmpty()) {
                dueAt(pi, activityId);
                return;
            }
            others.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming after 50 rounds");
    }

    private Set<String> instancesOf(ProcessInstance pi) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(pi.getBusinessKey()).list()
                .stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    }

    private void assertCancelledOnRequest(ProcessInstance pi) {
        assertThat(pi).isEnded().hasPassed("CallActivity_CancelOnRequest", "EndEvent_CancelledOnRequest");
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(pi.getBusinessKey()).count())
                .as("nothing of the order still runs").isZero();
        Set<String> instances = instancesOf(pi);
        assertThat(management.createJobQuery().list()).as("no stale job")
                .noneMatch(job -> instances.contains(job.getProcessInstanceId()));
    }

    private void assertReleasedByTheOrderOnce(ProcessInstance pi) {
        assertThat(adapters.calls("release")).filteredOn(r -> r.get("reservationId") == null).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("orderNumber")).isEqualTo(pi.getBusinessKey());
                    assertThat((List<?>) r.get("lines")).isEmpty();
                });
    }

    private void assertNoMoneyMoved(ProcessInstance pi) {
        assertThat(adapters.calls("void")).isEmpty();
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("capture")).isEmpty();
        assertThat(order(pi).paidAmount()).isZero();
    }

    private void assertMoneyGivenBackOnce(ProcessInstance pi, PaymentMethod method, long amount) {
        String paymentId = pi.getBusinessKey() + "-P1";
        assertThat(adapters.calls("capture")).isEmpty();
        if (holds(method)) {
            assertThat(adapters.calls("void")).singleElement()
                    .satisfies(r -> assertThat(r.get("paymentId")).isEqualTo(paymentId));
            assertThat(adapters.calls("refund")).isEmpty();
            assertThat(ledger.find(paymentId)).get().extracting(PaymentRecord::status)
                    .isEqualTo(PaymentRecord.Status.VOIDED);
            assertThat(order(pi).paidAmount()).isZero();
        } else {
            assertThat(adapters.calls("refund")).singleElement().satisfies(r -> {
                assertThat(r.get("paymentId")).isEqualTo(paymentId);
                assertThat(((Number) r.get("amount")).longValue()).isEqualTo(amount);
            });
            assertThat(adapters.calls("void")).isEmpty();
            assertThat(order(pi).refundedAmount()).isEqualTo(amount);
            assertThat(order(pi).netPaid()).isZero();
        }
    }
}
