package io.o2o.fulfilment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.o2o.fulfilment.callback.PaymentCallbacks;
import io.o2o.fulfilment.catalogue.Catalogue;
import io.o2o.fulfilment.order.Customer;
import io.o2o.fulfilment.order.FulfilmentType;
import io.o2o.fulfilment.order.NewOrder;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.payment.PaymentLedger;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.port.PaymentNotification;
import io.o2o.fulfilment.process.JourneyEngine;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the process tests share: the engine and domain they drive, the scripted adapters, and
 * helpers that place an order, pay it, find its task and run its due jobs one by one.
 */
abstract class JourneyTestSupport {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    OrderService orders;
    @Autowired
    JourneyEngine journeys;
    @Autowired
    PaymentLedger ledger;
    @Autowired
    Catalogue catalogue;
    @Autowired
    PaymentCallbacks callbacks;
    @Autowired
    PaymentService payments;
    @Autowired
    ScriptedAdapters adapters;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void resetEngineAndAdapters() {
        BpmnAwareTests.init(engine);
        adapters.reset();
    }

    ProcessInstance place(PaymentMethod method, Map<String, Integer> quantities) {
        var products = catalogue.findBySkus(quantities.keySet());
        List<NewOrder.Item> items = quantities.entrySet().stream()
                .map(e -> new NewOrder.Item(products.get(e.getKey()), e.getValue()))
                .toList();
        String orderNumber = transaction.execute(status -> {
            Order order = orders.place(new NewOrder(new Customer("Trần Thị Test", "0901234567", "test@example.vn"),
                    FulfilmentType.CLICK_AND_COLLECT, "HCM-Q1", method, items)).order();
            payments.open(order);
            journeys.start(order);
            return order.orderNumber();
        });
        return runtime.createProcessInstanceQuery().processDefinitionKey(JourneyVariables.CLICK_AND_COLLECT)
                .processInstanceBusinessKey(orderNumber).singleResult();
    }

    ProcessInstance readyForPickup(PaymentMethod method) {
        ProcessInstance pi = place(method, Map.of("SKU-1011", 1));
        runJobs();
        if (method.online()) {
            pay(pi, order(pi).payableAmount());
        }
        tasks.complete(task(pi).getId());
        tasks.complete(task(pi).getId(), Map.of("stagingLocation", "C-1"));
        runJobs();
        assertThat(pi).isWaitingAt("UserTask_HandOverOrder");
        return pi;
    }

    void pay(ProcessInstance pi, long amount) {
        callbacks.accept(paidNotification(pi, amount));
        runJobs();
    }

    static PaymentNotification paidNotification(ProcessInstance pi, long amount) {
        return new PaymentNotification(ScriptedAdapters.NAME, pi.getBusinessKey() + "-P1", amount, PaymentNotification.Outcome.PAID,
                "T-" + pi.getBusinessKey(), "0", "Successful.", "momo:" + pi.getBusinessKey() + ":0");
    }

    Order order(ProcessInstance pi) {
        return orders.get(pi.getBusinessKey());
    }

    String pickupCode(ProcessInstance pi) {
        return orders.pickupCode(order(pi)).orElseThrow();
    }

    /** The order's pick and stage, running as a process of its own that the journey called. */
    ProcessInstance pickAndStage(ProcessInstance pi) {
        return BpmnAwareTests.calledProcessInstance(JourneyVariables.PICK_AND_STAGE, pi);
    }

    /** The pick of the order: the shared pick fragment, called by pick-and-stage. */
    ProcessInstance picking(ProcessInstance pi) {
        return BpmnAwareTests.calledProcessInstance(JourneyVariables.PICK_ITEMS, pickAndStage(pi));
    }

    Task task(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey()).singleResult();
    }

    Job timer(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }

    /** Runs every async continuation that is due, including those of called processes, until none is left. */
    void runJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().executable().messages().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming after 50 rounds");
    }

    /** Runs the due jobs as the job executor would; a job that fails waits for its next try, out of this loop. */
    void runJobsLeavingFailuresBehind() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().executable().messages().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // retried later by the engine: its due date has moved on
                }
            }
        }
        throw new AssertionError("jobs keep coming after 50 rounds");
    }
}
