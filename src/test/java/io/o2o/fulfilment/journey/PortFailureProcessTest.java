package io.o2o.fulfilment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.o2o.fulfilment.order.OrderStatus;
import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.port.RemoteSystemException;
import io.o2o.fulfilment.process.JourneyEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What a journey does when a port fails: a system that stays down ends in an incident that tells
 * ops what the system said, and the order goes on once it is back; a wallet that refuses the
 * payment outright cancels the order.
 */
@SpringBootTest(properties = {
        "spring.profiles.active=process-test",
        "spring.datasource.url=jdbc:h2:mem:port-failure-tests;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/demo",
        "camunda.bpm.job-execution.enabled=false",
        "o2o.callbacks.redelivery-interval=PT0.2S",
        "o2o.payment.wallets.MOMO.adapter=scripted", "o2o.payment.wallets.ZALOPAY.adapter=scripted",
        "o2o.payment.capture=at-order",
        "o2o.adapters.wms=scripted", "o2o.adapters.erp=scripted", "o2o.adapters.notify=scripted"})
@Import(ProcessTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PortFailureProcessTest extends JourneyTestSupport {

    private static final String OFFLINE = "WMS answered 503: store system offline";
    /** failed-job-retry-time-cycle PT10S,PT30S,PT2M,PT10M: the first try and four retries */
    private static final int TRIES = 5;

    @Test
    void aStoreSystemThatStaysDownEndsInAnIncidentInItsOwnWordsAndTheOrderGoesOnWhenItIsBack() {
        adapters.answer("reserve", r -> {
            throw new RemoteSystemException(OFFLINE);
        });
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1011", 1));
        Job reserve = management.createJobQuery().processInstanceId(pi.getId()).activityId("ServiceTask_ReserveStock")
                .singleResult();

        assertThatThrownBy(() -> management.executeJob(reserve.getId())).hasMessageContaining(OFFLINE);
        Job retrying = management.createJobQuery().jobId(reserve.getId()).singleResult();
        assertThat(retrying.getRetries()).as("retries left after the first try").isEqualTo(TRIES - 1);
        assertThat(retrying.getDuedate()).as("the next try waits for the first interval")
                .isAfter(Instant.now().plusSeconds(5));
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();

        for (int attempt = 2; attempt <= TRIES; attempt++) {
            assertThatThrownBy(() -> management.executeJob(reserve.getId())).hasMessageContaining(OFFLINE);
        }

        assertThat(management.createJobQuery().jobId(reserve.getId()).singleResult().getRetries()).isZero();
        Incident incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo("ServiceTask_ReserveStock");
        assertThat(incident.getConfiguration()).isEqualTo(reserve.getId());
        assertThat(incident.getIncidentMessage()).contains("wms.reserve").contains(OFFLINE);
        assertThat(pi).isWaitingAt("ServiceTask_ReserveStock");
        assertThat(adapters.calls("reserve")).hasSize(TRIES);
        assertThat(adapters.calls("create")).isEmpty();
        assertThat(order(pi).status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order(pi).reservationId()).isNull();

        adapters.answer("reserve", r -> Map.of("outcome", "RESERVED", "reservationId", "RES-" + r.get("orderNumber")));
        management.setJobRetries(reserve.getId(), 1);
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count())
                .as("giving the job a retry resolves its incident").isZero();
        management.executeJob(reserve.getId());
        runJobs();

        assertThat(pi).isWaitingAt("Gateway_AwaitPayment").hasPassed("ServiceTask_ReserveStock",
                "ServiceTask_CreatePayment");
        assertThat(adapters.calls("reserve")).hasSize(TRIES + 1)
                .extracting(r -> r.get("idempotencyKey")).as("every try carries the key made when it was scheduled")
                .containsOnly(runtime.getVariable(pi.getId(), "callKey_ServiceTask_ReserveStock"));
        assertThat(order(pi).reservationId()).isEqualTo("RES-" + pi.getBusinessKey());
        assertThat(order(pi).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(adapters.calls("create")).hasSize(1);
    }

    @Test
    void aRetryGivenToAnIncidentRunsNowAndNotAtTheDueDateTheLastFailureSet() {
        adapters.answer("reserve", r -> {
            throw new RemoteSystemException(OFFLINE);
        });
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1011", 1));
        String jobId = management.createJobQuery().processInstanceId(pi.getId()).activityId("ServiceTask_ReserveStock")
                .singleResult().getId();
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining(OFFLINE);
        }
        Job stuck = management.createJobQuery().jobId(jobId).singleResult();
        assertThat(stuck.getRetries()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isOne();
        assertThat(stuck.getDuedate()).as("the last failure moved the job a whole interval (PT10M) ahead")
                .isAfter(Instant.now().plus(Duration.ofMinutes(9)));

        // Cockpit's "Increment number of retries" on the incident, with its default "keep due date":
        // PUT /engine-rest/job/{id}/retries {"retries":1}, which calls exactly this
        management.setJobRetries(jobId, 1);

        Job retried = management.createJobQuery().jobId(jobId).singleResult();
        assertThat(retried.getRetries()).isOne();
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(retried.getDuedate()).as("due now, not in ten minutes").isBeforeOrEqualTo(ClockUtil.getCurrentTime());
        assertThat(management.createJobQuery().jobId(jobId).executable().count()).isOne();
        assertThat(acquiredByTheJobExecutor()).as("what the job executor's next acquisition takes").contains(jobId);
        runtime.deleteProcessInstance(pi.getId(), "leave no due job to the other tests");
    }

    @Test
    void aRetryGivenWithADueDateRunsAtThatDate() {
        adapters.answer("reserve", r -> {
            throw new RemoteSystemException(OFFLINE);
        });
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1011", 1));
        String jobId = management.createJobQuery().processInstanceId(pi.getId()).activityId("ServiceTask_ReserveStock")
                .singleResult().getId();
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining(OFFLINE);
        }
        Date tonight = Date.from(Instant.now().plus(Duration.ofHours(6)).truncatedTo(ChronoUnit.SECONDS));

        // Cockpit's "Set due date": PUT /engine-rest/job/{id}/retries {"retries":1,"dueDate":"..."}
        management.setJobRetries(1).jobId(jobId).dueDate(tonight).execute();

        assertThat(management.createJobQuery().jobId(jobId).singleResult().getDuedate()).isEqualTo(tonight);
        assertThat(management.createJobQuery().jobId(jobId).executable().count()).isZero();
        runtime.deleteProcessInstance(pi.getId(), "leave no job to the other tests");
    }

    @Test
    void aStepFailingInACalledProcessIsShownOnceByItsNameRetryingAndThenAsAnIncident() {
        adapters.answer("create", r -> Map.of("outcome", "REJECTED", "paymentId", r.get("paymentId"),
                "resultCode", "1001", "message", "Transaction denied"));
        adapters.answer("release", r -> {
            throw new RemoteSystemException(OFFLINE);
        });
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1011", 1));
        String orderNumber = pi.getBusinessKey();
        assertThat(journeys.stuckSteps(orderNumber)).as("nothing has failed yet").isEmpty();

        runJobsLeavingFailuresBehind();

        ProcessInstance cancelling = runtime.createProcessInstanceQuery().processInstanceBusinessKey(orderNumber)
                .processDefinitionKey("cancel-order").singleResult();
        assertThat(cancelling).as("the cancellation runs as a process of its own, called by the journey").isNotNull();
        assertThat(journeys.stuckSteps(orderNumber)).singleElement().satisfies(failing -> {
            assertThat(failing.step()).isEqualTo("Release reserved stock");
            assertThat(failing.state()).isEqualTo(JourneyEngine.StuckStep.State.FAILING);
            assertThat(failing.retriesLeft()).isEqualTo(TRIES - 1);
            assertThat(failing.message()).isEqualTo("wms.release via scripted: " + OFFLINE);
            assertThat(failing.nextTry()).isAfter(Instant.now());
            assertThat(failing.since()).isBeforeOrEqualTo(Instant.now());
            assertThat(failing.summary()).isEqualTo("Release reserved stock: failing (retrying, 4 tries left): "
                    + "wms.release via scripted: " + OFFLINE);
        });

        String release = management.createJobQuery().processInstanceId(cancelling.getId())
                .activityId("ServiceTask_ReleaseStock").singleResult().getId();
        for (int attempt = 2; attempt <= TRIES; attempt++) {
            assertThatThrownBy(() -> management.executeJob(release)).hasMessageContaining(OFFLINE);
        }

        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count())
                .as("the journey has the called process's incident on its call activity too").isOne();
        assertThat(journeys.stuckSteps(orderNumber)).singleElement().satisfies(incident -> {
            assertThat(incident.step()).isEqualTo("Release reserved stock");
            assertThat(incident.state()).isEqualTo(JourneyEngine.StuckStep.State.INCIDENT);
            assertThat(incident.retriesLeft()).isZero();
            assertThat(incident.nextTry()).isNull();
            assertThat(incident.summary()).isEqualTo("Release reserved stock: stuck, needs ops: "
                    + "wms.release via scripted: " + OFFLINE);
        });
        runtime.deleteProcessInstance(pi.getId(), "leave no job to the other tests");
    }

    @Test
    void aTimerGivenRetriesBackWithoutHavingFailedKeepsItsTime() {
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1011", 1));
        runJobs();
        Job window = timer(pi, "Event_PaymentWindowElapsed");
        management.setJobRetries(window.getId(), 0);
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isOne();

        management.setJobRetries(window.getId(), 1);

        assertThat(management.createJobQuery().jobId(window.getId()).singleResult().getDuedate())
                .isEqualTo(window.getDuedate()).isAfter(ClockUtil.getCurrentTime());
        runtime.deleteProcessInstance(pi.getId(), "leave no job to the other tests");
    }

    /** Runs the job executor's own acquisition (locking what it takes, as it would) and answers the job ids. */
    private List<String> acquiredByTheJobExecutor() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        AcquiredJobs acquired = configuration.getCommandExecutorTxRequired()
                .execute(new AcquireJobsCmd(configuration.getJobExecutor()));
        List<String> ids = acquired.getJobIdBatches().stream().flatMap(List::stream).toList();
        configuration.getCommandExecutorTxRequired().execute(context -> {
            ids.forEach(id -> context.getJobManager().findJobById(id).unlock());
            return null;
        });
        return ids;
    }

    @Test
    void aPaymentTheWalletRejectsAtCreateCancelsTheOrderAndReleasesItsStockOnce() {
        adapters.answer("create", r -> Map.of("outcome", "REJECTED", "paymentId", r.get("paymentId"),
                "resultCode", "1001", "message", "Transaction denied: amount out of range"));
        ProcessInstance pi = place(PaymentMethod.MOMO, Map.of("SKU-1011", 1));

        runJobs();

        assertThat(pi).isEnded().hasPassed("ServiceTask_ReserveStock", "BoundaryEvent_PaymentRejected",
                "CallActivity_CancelPaymentRejected", "EndEvent_OrderCancelled").hasNotPassed("Gateway_AwaitPayment");
        assertThat(runtime.createIncidentQuery().count()).as("a business refusal is no incident").isZero();
        assertThat(adapters.calls("create")).as("a refusal is not retried").hasSize(1);
        assertThat(adapters.calls("release")).singleElement().satisfies(r -> {
            assertThat(r.get("orderNumber")).isEqualTo(pi.getBusinessKey());
            assertThat(r.get("reservationId")).isNull();
        });
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("void")).isEmpty();
        assertThat(ledger.paymentOf(pi.getBusinessKey())).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PaymentRecord.Status.FAILED);
            assertThat(p.resultCode()).isEqualTo("1001");
        });
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order(pi).paidAmount()).isZero();
        assertThat(order(pi).reservationId()).isNull();
        assertThat(orders.timeline(pi.getBusinessKey())).extracting(e -> e.type() + ": " + e.description())
                .anySatisfy(e -> assertThat(e).startsWith("PAYMENT_REJECTED").contains("1001"))
                .anySatisfy(e -> assertThat(e).startsWith("CANCELLED").contains("the wallet refused the payment"));
    }
}
