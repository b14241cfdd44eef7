package io.o2o.fulfilment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.o2o.fulfilment.order.Customer;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderStatus;
import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.port.PaymentNotification;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The click-and-collect model on the real engine (in-memory database), with the real glue and
 * order domain; only the external systems are scripted. Jobs are run by the test, one by one.
 */
@SpringBootTest(properties = {
        "spring.profiles.active=process-test",
        "spring.datasource.url=jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/demo",
        "camunda.bpm.job-execution.enabled=false",
        "o2o.callbacks.redelivery-interval=PT0.2S",
        "o2o.payment.wallets.MOMO.adapter=scripted", "o2o.payment.wallets.ZALOPAY.adapter=scripted",
        "o2o.payment.capture=at-order",
        "o2o.adapters.wms=scripted", "o2o.adapters.erp=scripted", "o2o.adapters.notify=scripted"})
@Import(ProcessTestConfiguration.class)
// one process engine per JVM: close this application before another test starts its own
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ClickAndCollectProcessTest extends JourneyTestSupport {

    @Autowired
    MeterRegistry meters;

    @Test
    void paidOrderIsPickedStagedHandedOverAndBooked() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1001", 2, "SKU-1013", 1));
        runJobs();
        assertThat(pi).isWaitingAt("Gateway_AwaitPayment");
        Order order = order(pi);
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(order.paymentUrl()).isEqualTo("https://pay.example/" + pi.getBusinessKey() + "-P1");

        pay(pi, order.payableAmount());
        assertThat(pi).isWaitingAt("CallActivity_PickAndStage");
        ProcessInstance picking = pickAndStage(pi);
        assertThat(picking(pi)).isWaitingAt("UserTask_PickOrder");
        assertThat(picking.getBusinessKey()).isEqualTo(pi.getBusinessKey());
        assertThat(picking(pi).getBusinessKey()).isEqualTo(pi.getBusinessKey());
        Task pick = task(pi);
        assertThat(pick.getTaskDefinitionKey()).isEqualTo("UserTask_PickOrder");
        assertThat(tasks.getIdentityLinksForTask(pick.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("store-hcm-q1"));
        assertThat(forms.getTaskFormData(pick.getId()).getCamundaFormRef().getKey()).isEqualTo("Form_PickOrder");
        assertThat(tasks.getVariableLocal(pick.getId(), "pickLines").toString())
                .contains("\"sku\":\"SKU-1001\"", "\"aisle\":\"A1\"", "\"quantity\":2", "\"picked\":2", "SKU-1013");
        assertThat(tasks.getVariableLocal(pick.getId(), "orderNumber")).isEqualTo(pi.getBusinessKey());
        assertThat(pick.getName()).isEqualTo("Soạn hàng " + pi.getBusinessKey() + " · 3 món / Pick "
                + pi.getBusinessKey() + " · 3 items");
        assertThat(pick.getDescription()).isEqualTo("Khách Test · 3 món · đã trả qua MoMo / Customer Test · 3 items"
                + " · paid by MoMo");
        assertThat(tasks.getVariableLocal(pick.getId(), "payment")).isEqualTo("MoMo: đã trả / paid");
        assertThat(pick.getDueDate()).as("due when the order must be ready")
                .isCloseTo(Date.from(Instant.now().plus(Duration.ofHours(2))), Duration.ofMinutes(1).toMillis());

        tasks.complete(pick.getId());
        assertThat(picking).isWaitingAt("UserTask_StageOrder");
        // Tasklist renders the Camunda Form and submits its fields as the task's form
        Task stage = task(pi);
        assertThat(forms.getTaskFormData(stage.getId()).getCamundaFormRef().getKey()).isEqualTo("Form_StageOrder");
        assertThat(tasks.getVariableLocal(stage.getId(), "customerFirstName")).isEqualTo("Test");
        forms.submitTaskForm(stage.getId(), Map.of("stagingLocation", "Kệ A-12"));
        runJobs();
        assertThat(picking).isEnded().hasPassed("EndEvent_PickedAndStaged");
        assertThat(pi).isWaitingAt("UserTask_HandOverOrder");
        assertThat(order(pi).status()).isEqualTo(OrderStatus.READY_FOR_PICKUP);
        assertThat(order(pi).stagingLocation()).isEqualTo("Kệ A-12");
        assertThat(adapters.calls("customer")).singleElement()
                .satisfies(n -> assertThat(n.get("parameters").toString()).contains(pickupCode(pi)));

        Task handOver = task(pi);
        assertThat(forms.getTaskFormData(handOver.getId()).getCamundaFormRef().getKey())
                .isEqualTo("Form_HandOverOrder");
        assertThat(tasks.getVariablesLocal(handOver.getId())).containsEntry("stagedAt", "Kệ A-12")
                .containsEntry("paymentMethod", "MOMO").containsEntry("amountToCollect", "0 ₫");
        assertThat(handOver.getName()).isEqualTo("Giao đơn " + pi.getBusinessKey() + " cho khách Test / Hand over "
                + pi.getBusinessKey() + " to Test");
        assertThat(handOver.getDueDate()).as("due when the collection window closes")
                .isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(5))), Duration.ofMinutes(1).toMillis());
        forms.submitTaskForm(handOver.getId(), Map.of("pickupCode", pickupCode(pi)));
        runJobs();
        assertThat(pi).isEnded().hasPassed("ServiceTask_IssueStock", "ServiceTask_PostSale", "EndEvent_OrderCollected");
        Order collected = order(pi);
        assertThat(collected.status()).isEqualTo(OrderStatus.COLLECTED);
        assertThat(collected.erpDocumentNumber()).isEqualTo("SO-" + pi.getBusinessKey());
        assertThat(adapters.calls("commit")).singleElement()
                .satisfies(c -> assertThat(c.get("lines").toString()).contains("SKU-1001", "quantity=2"));
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("release")).isEmpty();
    }

    @Test
    void aHoldRunningOutOnMoneyAlreadyPaidChangesNothing() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1005", 1));
        runJobs();
        pay(pi, order(pi).payableAmount());

        management.executeJob(timer(pi, "StartEvent_HoldRunningOut").getId());
        runJobs();

        assertThat(pi).hasPassed("EndEvent_NothingHeld").hasNotPassed("ServiceTask_CaptureHeldPayment");
        assertThat(picking(pi)).isWaitingAt("UserTask_PickOrder");
        assertThat(adapters.calls("capture")).isEmpty();
        assertThat(adapters.calls("refund")).isEmpty();
    }

    @Test
    void unpaidOrderIsCancelledWhenThePaymentWindowElapses() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1002", 1));
        runJobs();
        assertThat(pi).isWaitingAt("Gateway_AwaitPayment");
        management.executeJob(timer(pi, "Event_PaymentWindowElapsed").getId());
        runJobs();
        assertThat(pi).isEnded().hasPassed("Event_PaymentWindowElapsed", "CallActivity_CancelPaymentTimeout",
                "EndEvent_OrderCancelled");
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(adapters.calls("release")).hasSize(1);
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(orders.timeline(pi.getBusinessKey()))
                .anySatisfy(e -> assertThat(e.description()).contains("not paid in time"));
    }

    @Test
    void declinedPaymentCancelsAndReleasesStock() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1003", 1));
        runJobs();
        callbacks.accept(new PaymentNotification(ScriptedAdapters.NAME, pi.getBusinessKey() + "-P1", order(pi).payableAmount(),
                PaymentNotification.Outcome.FAILED, "T-1", "1006", "User denied", "momo:decline:" + pi.getId()));
        runJobs();
        assertThat(pi).isEnded().hasPassed("Event_PaymentFailed", "CallActivity_CancelPaymentFailed",
                "EndEvent_OrderCancelled");
        assertThat(adapters.calls("release")).hasSize(1);
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(orders.timeline(pi.getBusinessKey()))
                .anySatisfy(e -> assertThat(e.description()).contains("the payment did not go through"));
    }

    @Test
    void paymentRejectedByTheWalletCancelsAndReleasesStock() {
        adapters.answer("create", r -> Map.of("outcome", "REJECTED", "paymentId", r.get("paymentId"),
                "resultCode", "22", "message", "Amount out of range"));
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1003", 1));
        runJobs();
        assertThat(pi).isEnded().hasPassed("BoundaryEvent_PaymentRejected", "CallActivity_CancelPaymentRejected",
                "EndEvent_OrderCancelled");
        assertThat(adapters.calls("release")).hasSize(1);
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.timeline(pi.getBusinessKey()))
                .anySatisfy(e -> assertThat(e.description()).contains("the wallet refused the payment"));
    }

    @Test
    void shortPickReleasesAndRefundsTheDifferenceOnce() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1001", 2, "SKU-1005", 1));
        runJobs();
        pay(pi, order(pi).payableAmount());
        ProcessInstance picking = pickAndStage(pi);
        tasks.complete(task(pi).getId(), Map.of("pickedQuantities", "{\"SKU-1001\":1}"));
        runJobs();
        assertThat(picking).isWaitingAt("UserTask_StageOrder").hasPassed("ServiceTask_ReleaseUnpicked",
                "CallActivity_RefundShortPick");
        assertThat(adapters.calls("release")).singleElement()
                .satisfies(r -> assertThat(r.get("lines").toString()).isEqualTo("[{sku=SKU-1001, quantity=1}]"));
        assertThat(adapters.calls("refund")).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("amount")).longValue()).isEqualTo(199_000));
        assertThat(adapters.calls("customer")).filteredOn(n -> "PAYMENT_REFUNDED".equals(n.get("template")))
                .singleElement().satisfies(n -> assertThat(n.get("parameters").toString()).contains("amount=199000"));
        Order order = order(pi);
        assertThat(order.payableAmount()).isEqualTo(199_000 + 899_000);
        assertThat(order.refundedAmount()).isEqualTo(199_000);

        tasks.complete(task(pi).getId(), Map.of("stagingLocation", "B-3"));
        runJobs();
        tasks.complete(task(pi).getId(), Map.of("pickupCode", pickupCode(pi)));
        runJobs();
        assertThat(pi).isEnded().hasPassed("EndEvent_OrderCollected");
        assertThat(adapters.calls("refund")).hasSize(1);
    }

    @Test
    void nothingPickedCancelsWithAFullRefund() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1004", 1));
        runJobs();
        long amount = order(pi).payableAmount();
        pay(pi, amount);
        ProcessInstance picking = pickAndStage(pi);
        tasks.complete(task(pi).getId(), Map.of("pickedQuantities", "{\"SKU-1004\":0}"));
        runJobs();
        assertThat(picking).isEnded().hasPassed("EndEvent_NothingPicked").hasNotPassed("UserTask_StageOrder");
        assertThat(pi).isEnded().hasPassed("CallActivity_CancelNothingPicked", "EndEvent_OrderCancelled")
                .hasNotPassed("ServiceTask_IssuePickupCode");
        assertThat(orders.timeline(pi.getBusinessKey()))
                .anySatisfy(e -> assertThat(e.description()).contains("none of the items could be picked"));
        assertThat(adapters.calls("refund")).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("amount")).longValue()).isEqualTo(amount));
        assertThat(adapters.calls("release")).hasSize(1);
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order(pi).netPaid()).isZero();
    }

    @Test
    void aWrongPickupCodeIsRefusedWithTheAttemptsLeftAndTheTaskStaysWithTheSamePerson() {
        ProcessInstance pi = readyForPickup(PaymentMethod.MOMO);
        String first = pickupCode(pi);
        String wrong = first.equals("000000") ? "111111" : "000000";
        Task handover = task(pi);
        tasks.claim(handover.getId(), "staff.hcm-q1");
        for (int attemptsLeft = 2; attemptsLeft >= 1; attemptsLeft--) {
            String expected = "Wrong pickup code, " + attemptsLeft + (attemptsLeft == 1 ? " attempt" : " attempts") + " left.";
            assertThatThrownBy(() -> forms.submitTaskForm(handover.getId(), Map.of("pickupCode", wrong)))
                    .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(expected)
                    .hasMessageContaining("còn " + attemptsLeft + " lần thử");
            assertThat(task(pi).getId()).isEqualTo(handover.getId());
            assertThat(task(pi).getAssignee()).isEqualTo("staff.hcm-q1");
        }
        assertThatThrownBy(() -> forms.submitTaskForm(handover.getId(), Map.of("pickupCode", "12ab")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("6 digits");
        assertThat(orders.timeline(pi.getBusinessKey()))
                .as("refused attempts are counted although the completion is refused")
                .filteredOn(e -> e.type().equals("PICKUP_CODE_REJECTED")).hasSize(2);

        forms.submitTaskForm(handover.getId(), Map.of("pickupCode", wrong));
        runJobs();
        assertThat(pi).isWaitingAt("UserTask_HandOverOrder")
                .hasPassed("ServiceTask_ReissuePickupCode", "ServiceTask_NotifyNewPickupCode");
        Task afterNewCode = task(pi);
        assertThat(afterNewCode.getId()).isNotEqualTo(handover.getId());
        assertThat(afterNewCode.getAssignee()).as("no claim again").isEqualTo("staff.hcm-q1");
        assertThat(tasks.getVariableLocal(afterNewCode.getId(), "taskNote")).asString()
                .contains("A new pickup code was sent to the customer");
        assertThat(adapters.calls("customer")).hasSize(2);
        String second = pickupCode(pi);
        assertThat(second).isNotEqualTo(first);
        forms.submitTaskForm(afterNewCode.getId(), Map.of("pickupCode", second));
        runJobs();
        assertThat(pi).isEnded().hasPassed("EndEvent_OrderCollected");
        assertThat(orders.timeline(pi.getBusinessKey()))
                .filteredOn(e -> e.type().equals("PICKUP_CODE_REJECTED")).hasSize(3);
        assertThat(runtime.createVariableInstanceQuery().variableName("pickupCode").count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().variableName("pickupCode").count()).isZero();
    }

    @Test
    void aTaskCompletedAfterItsDueDateCountsAsAnSlaBreach() {
        ProcessInstance pi = place(PaymentMethod.PAY_AT_STORE, Map.of("SKU-1002", 1));
        runJobs();
        Counter breaches = meters.counter("o2o.task.sla.breaches", "process", "pick-items", "task", "UserTask_PickOrder");
        double before = breaches.count();
        long stepsBefore = picksTimed();
        tasks.complete(task(pi).getId());
        assertThat(breaches.count()).as("picked in time").isEqualTo(before);

        ProcessInstance late = place(PaymentMethod.PAY_AT_STORE, Map.of("SKU-1002", 1));
        runJobs();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(3))));
        try {
            tasks.complete(task(late).getId());
        } finally {
            ClockUtil.reset();
        }
        assertThat(breaches.count()).isEqualTo(before + 1);
        assertThat(picksTimed()).as("each step timed once").isEqualTo(stepsBefore + 2);
    }

    private long picksTimed() {
        Timer timer = meters.find("o2o.step.duration").tags("activity", "UserTask_PickOrder").timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void thePickFormIsCheckedAndAShortLineNeedsAReason() {
        ProcessInstance pi = place(PaymentMethod.PAY_AT_STORE, Map.of("SKU-1001", 2, "SKU-1013", 1));
        runJobs();
        Task pick = task(pi);
        String tooMany = "[{\"sku\":\"SKU-1001\",\"name\":\"Áo thun\",\"quantity\":2,\"picked\":3},"
                + "{\"sku\":\"SKU-1013\",\"name\":\"Tai nghe\",\"quantity\":1,\"picked\":1}]";
        assertThatThrownBy(() -> forms.submitTaskForm(pick.getId(), Map.of("pickLines", SpinValues.jsonValue(tooMany).create())))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Áo thun cotton trắng: 3 picked, more than the 2 ordered.");
        String noReason = tooMany.replace("\"picked\":3", "\"picked\":1");
        assertThatThrownBy(() -> forms.submitTaskForm(pick.getId(), Map.of("pickLines", SpinValues.jsonValue(noReason).create())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Áo thun cotton trắng: say why it is short.");
        assertThat(task(pi).getId()).as("nothing completed").isEqualTo(pick.getId());

        String shortOne = noReason.replace("\"picked\":1}", "\"picked\":1,\"shortReason\":\"DAMAGED\"}");
        forms.submitTaskForm(pick.getId(), Map.of("pickLines", SpinValues.jsonValue(shortOne).create()));
        runJobs();
        assertThat(order(pi).lines()).filteredOn(l -> l.sku().equals("SKU-1001")).singleElement()
                .satisfies(l -> assertThat(l.pickedQuantity()).isEqualTo(1));
        assertThat(orders.timeline(pi.getBusinessKey())).filteredOn(e -> e.type().equals("PICKED")).singleElement()
                .satisfies(e -> assertThat(e.description()).contains("1 × SKU-1001 (damaged)"));
    }

    @Test
    void uncollectedOrderIsCancelledRefundedAndReleased() {
        ProcessInstance pi = readyForPickup(PaymentMethod.MOMO);
        long paid = order(pi).netPaid();
        management.executeJob(timer(pi, "BoundaryEvent_NotCollected").getId());
        runJobs();
        assertThat(pi).isEnded().hasPassed("BoundaryEvent_NotCollected", "CallActivity_CancelNotCollected",
                "EndEvent_OrderCancelled");
        assertThat(orders.timeline(pi.getBusinessKey()))
                .anySatisfy(e -> assertThat(e.description()).contains("the order was not collected in time"));
        assertThat(adapters.calls("refund")).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("amount")).longValue()).isEqualTo(paid));
        assertThat(adapters.calls("release")).hasSize(1);
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void reminderIsSentWhileTheOrderWaitsAtTheCounter() {
        ProcessInstance pi = readyForPickup(PaymentMethod.PAY_AT_STORE);
        management.executeJob(timer(pi, "BoundaryEvent_RemindCustomer").getId());
        runJobs();
        assertThat(pi).isWaitingAt("UserTask_HandOverOrder").hasPassed("ServiceTask_SendPickupReminder");
        assertThat(adapters.calls("customer")).extracting(c -> c.get("template"))
                .containsExactly("READY_FOR_PICKUP", "PICKUP_REMINDER");
    }

    @Test
    void outOfStockCancelsWithoutReleaseOrRefund() {
        adapters.answer("reserve", r -> Map.of("outcome", "OUT_OF_STOCK",
                "shortages", List.of(Map.of("sku", "SKU-1006", "quantity", 3))));
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1006", 5));
        runJobs();
        assertThat(pi).isEnded().hasPassed("BoundaryEvent_OutOfStock", "CallActivity_CancelOutOfStock",
                "EndEvent_OrderCancelled").hasNotPassed("ServiceTask_CreatePayment");
        assertThat(orders.timeline(pi.getBusinessKey()))
                .anySatisfy(e -> assertThat(e.description()).contains("the store does not have the items"));
        assertThat(adapters.calls("release")).isEmpty();
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void payAtStoreSkipsTheWalletAndRecordsTheTender() {
        ProcessInstance pi = readyForPickup(PaymentMethod.PAY_AT_STORE);
        String payable = String.format("%,d ₫", order(pi).payableAmount()).replace(',', '.');
        assertThat(tasks.getVariableLocal(task(pi).getId(), "amountToCollect")).isEqualTo(payable);
        forms.submitTaskForm(task(pi).getId(), Map.of("pickupCode", pickupCode(pi), "tender", "CARD"));
        runJobs();
        assertThat(pi).isEnded().hasPassed("ServiceTask_ConfirmPayAtStore", "EndEvent_OrderCollected")
                .hasNotPassed("ServiceTask_CreatePayment");
        assertThat(order(pi).tender()).isEqualTo("CARD");
        assertThat(order(pi).paidAmount()).as("the counter took the payable amount").isEqualTo(order(pi).payableAmount());
        assertThat(orders.timeline(pi.getBusinessKey())).filteredOn(e -> e.type().equals("PAID_AT_COUNTER"))
                .singleElement().satisfies(e -> assertThat(e.description())
                        .isEqualTo("Paid " + order(pi).payableAmount() + " VND at the counter (card)"));
        assertThat(adapters.calls("create")).isEmpty();
    }

    @Test
    void customerCancellationRefundsAndReleasesOnce() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1008", 1));
        runJobs();
        pay(pi, order(pi).payableAmount());
        assertThat(journeys.requestCancellation(pi.getBusinessKey())).isTrue();
        runJobs();
        assertThat(pi).isEnded().hasPassed("CallActivity_CancelOnRequest", "EndEvent_CancelledOnRequest");
        assertThat(adapters.calls("refund")).hasSize(1);
        assertThat(adapters.calls("release")).hasSize(1);
        assertThat(orders.timeline(pi.getBusinessKey()))
                .anySatisfy(e -> assertThat(e.description()).contains("the customer cancelled"));
    }

    @Test
    void customerCancellationEndsAPickInProgress() {
        ProcessInstance pi = place(PaymentMethod.PAY_AT_STORE, Map.of("SKU-1007", 1));
        runJobs();
        ProcessInstance picking = pickAndStage(pi);
        ProcessInstance pick = picking(pi);
        assertThat(pick).isWaitingAt("UserTask_PickOrder");

        assertThat(journeys.requestCancellation(pi.getBusinessKey())).isTrue();
        runJobs();

        assertThat(pi).isEnded().hasPassed("EndEvent_CancelledOnRequest").hasNotPassed("ServiceTask_IssuePickupCode");
        assertThat(picking).isEnded().hasNotPassed("UserTask_StageOrder", "EndEvent_PickedAndStaged");
        assertThat(pick).isEnded().hasNotPassed("ServiceTask_RecordPick");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(pi.getBusinessKey()).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey()).count()).isZero();
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(adapters.calls("release")).hasSize(1);
    }

    @Test
    void paymentArrivingWhileTheOrderIsCancelledIsRefunded() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1012", 1));
        runJobs();
        long amount = order(pi).payableAmount();
        management.executeJob(timer(pi, "Event_PaymentWindowElapsed").getId());
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLING);

        callbacks.accept(paidNotification(pi, amount));
        runJobs();
        assertThat(pi).isEnded().hasPassed("EndEvent_OrderCancelled");
        assertThat(adapters.calls("refund")).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("amount")).longValue()).isEqualTo(amount));
        assertThat(adapters.calls("release")).hasSize(1);
        Order cancelled = order(pi);
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.netPaid()).isZero();
    }

    @Test
    void twoRefundsOfOneOrderCarryDifferentKeys() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1001", 2, "SKU-1002", 1));
        runJobs();
        pay(pi, order(pi).payableAmount());
        tasks.complete(task(pi).getId(), Map.of("pickedQuantities", "{\"SKU-1001\":1}"));
        runJobs();
        assertThat(journeys.requestCancellation(pi.getBusinessKey())).isTrue();
        runJobs();
        assertThat(adapters.calls("refund")).extracting(r -> r.get("idempotencyKey")).doesNotHaveDuplicates()
                .hasSize(2);
        assertThat(adapters.calls("customer")).filteredOn(n -> "PAYMENT_REFUNDED".equals(n.get("template")))
                .extracting(n -> n.get("idempotencyKey")).doesNotHaveDuplicates().hasSize(2);
        assertThat(order(pi).netPaid()).isZero();
    }

    @Test
    void aTaskCannotRedirectTheJourneyToAnotherOrder() {
        ProcessInstance other = place(PaymentMethod.PAY_AT_STORE, Map.of("SKU-1003", 1));
        runJobs();
        ProcessInstance pi = place(PaymentMethod.PAY_AT_STORE, Map.of("SKU-1004", 1));
        runJobs();
        tasks.complete(task(pi).getId(), Map.of("orderNumber", other.getBusinessKey(), "storeGroup", "store-hn-hk",
                "pickedQuantities", "{\"SKU-1004\":0}"));
        runJobs();
        assertThat(pi).isEnded().hasPassed("EndEvent_OrderCancelled");
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order(other).status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(tasks.getIdentityLinksForTask(task(other).getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("store-hcm-q1"));
    }

    @Test
    void replayedPaymentNotificationChangesNothing() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1009", 1));
        runJobs();
        long amount = order(pi).payableAmount();
        PaymentNotification paid = paidNotification(pi, amount);
        callbacks.accept(paid);
        callbacks.accept(paid);
        assertThat(order(pi).paidAmount()).isEqualTo(amount);
        assertThat(orders.timeline(pi.getBusinessKey())).filteredOn(e -> e.type().equals("PAID")).hasSize(1);
        assertThat(picking(pi)).isWaitingAt("UserTask_PickOrder");
    }

    @Test
    void notificationArrivingBeforeTheProcessWaitsIsDeliveredLater() {
        // The customer pays so fast that the wallet's notification arrives while the payment
        // request's own transaction has not committed yet.
        adapters.answer("create", r -> {
            callbacks.accept(new PaymentNotification(ScriptedAdapters.NAME, (String) r.get("paymentId"),
                    ((Number) r.get("amount")).longValue(), PaymentNotification.Outcome.PAID, "T-early", "0",
                    "Successful.", "momo:early:" + r.get("paymentId")));
            return Map.of("outcome", "CREATED", "paymentId", r.get("paymentId"), "payUrl", "https://pay.example/x");
        });
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1010", 1));
        runJobs();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(picking(pi)).isWaitingAt("UserTask_PickOrder"));
    }

}
