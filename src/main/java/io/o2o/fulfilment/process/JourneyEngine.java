package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.FulfilmentType;
import io.o2o.fulfilment.ops.OrderMetrics;
import io.o2o.fulfilment.order.Order;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The one place that calls the process engine on behalf of the API and of callbacks. */
@Component
public class JourneyEngine {

    /** Activity types a person would call a step; scopes and gateways are left out. */
    private static final Set<String> STEP_TYPES = Set.of("userTask", "serviceTask", "receiveTask",
            "intermediateMessageCatch", "intermediateTimer", "eventBasedGateway", "noneEndEvent", "errorEndEvent",
            "startEvent", "messageStartEvent");

    private final RuntimeService runtime;
    private final HistoryService history;
    private final Map<FulfilmentType, Journey> journeys;
    private final OrderMetrics metrics;
    private final StuckSteps stuckSteps;

    JourneyEngine(RuntimeService runtime, HistoryService history, List<Journey> journeys, OrderMetrics metrics,
            StuckSteps stuckSteps) {
        this.runtime = runtime;
        this.history = history;
        this.metrics = metrics;
        this.stuckSteps = stuckSteps;
        this.journeys = journeys.stream().collect(Collectors.toMap(Journey::fulfilmentType, Function.identity()));
    }

    /** Starts the order's journey; joins the caller's transaction. */
    public String start(Order order) {
        Journey journey = journeys.get(order.fulfilmentType());
        if (journey == null) {
            throw new IllegalStateException("No journey serves " + order.fulfilmentType() + " orders");
        }
        String processInstanceId = runtime.startProcessInstanceByKey(journey.processKey(), order.orderNumber(),
                Variables.fromMap(journey.startVariables(order))).getId();
        metrics.started(order.fulfilmentType().name(), order.storeId());
        return processInstanceId;
    }

    /** Gives back money that arrived after its order had already been cancelled (a refund or a void). */
    public void giveBackLatePayment(String orderNumber, long amount) {
        runtime.startProcessInstanceByKey(JourneyVariables.REFUND_PAYMENT, orderNumber, Map.of(
                JourneyVariables.REFUND_AMOUNT, amount,
                JourneyVariables.REFUND_REASON, "LATEPAY"));
    }

    /**
     * Delivers a message to the order's process if exactly one execution waits for it.
     *
     * @return false when nothing waits for it (yet): the caller keeps it for redelivery
     */
    public boolean correlate(String orderNumber, String messageName) {
        // Look before correlating: the caller may run in a transaction (the customer's cancellation
        // does), and a failed correlation would mark it rollback-only.
        if (runtime.createExecutionQuery().processInstanceBusinessKey(orderNumber)
                .messageEventSubscriptionName(messageName).count() == 0) {
            return false;
        }
        try {
            runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(orderNumber).correlateWithResult();
            return true;
        } catch (MismatchingMessageCorrelationException nothingWaits) {
            return false;
        }
    }

    /**
     * Asks the order's journey to cancel it.
     *
     * @return false when the journey has already ended
     */
    public boolean requestCancellation(String orderNumber) {
        return correlate(orderNumber, JourneyVariables.MESSAGE_CANCELLATION_REQUESTED);
    }

    /** The steps of the order's journey, oldest first; those without an end are where it is now. */
    public List<Step> history(String orderNumber) {
        return activities(orderNumber).stream()
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .map(a -> new Step(a.getStartTime().toInstant(), a.getActivityName(),
                        a.getEndTime() == null ? null : a.getEndTime().toInstant(), a.isCanceled()))
                .toList();
    }

    /**
     * The steps of the order's journey, and of the processes it called, that fail: retrying, or out
     * of retries and waiting for ops (an incident). Oldest first; empty when all goes well.
     */
    public List<StuckStep> stuckSteps(String orderNumber) {
        return stuckSteps.of(orderNumber);
    }

    private List<HistoricActivityInstance> activities(String orderNumber) {
        List<String> instanceIds = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(orderNumber)
                .list()
                .stream()
                .map(HistoricProcessInstance::getId)
                .toList();
        if (instanceIds.isEmpty()) {
            return List.of();
        }
        return instanceIds.stream()
                .flatMap(id -> history.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream())
                .filter(a -> STEP_TYPES.contains(a.getActivityType()) && a.getActivityName() != null)
                .toList();
    }

    /** One step of an order's journey as recorded by the engine. */
    public record Step(Instant startedAt, String name, Instant endedAt, boolean cancelled) {

        public boolean active() {
            return endedAt == null;
        }
    }

    /**
     * A step that does not get through. {@code step} is the BPMN element's name; {@code since} is
     * when the incident opened or, for a step still retrying, when its call was scheduled;
     * {@code nextTry} when a retrying step is tried again; {@code message} what the failure said
     * (for a port call: port, adapter and the remote system's answer).
     */
    public record StuckStep(String activityId, String step, State state, int retriesLeft, Instant since,
            Instant nextTry, String message) {

        public enum State {
            /** The call failed and the engine tries it again by itself. */
            FAILING,
            /** Out of retries (or another incident): nothing moves until ops act in Cockpit. */
            INCIDENT
        }

        /** {@code Post sale to ERP: stuck, needs ops: erp.post-sale via erp-rest: ERP answered 503 ...}. */
        public String summary() {
            String where = switch (state) {
                case FAILING -> step + ": failing (retrying, " + retriesLeft + (retriesLeft == 1 ? " try" : " tries")
                        + " left)";
                case INCIDENT -> step + ": stuck, needs ops";
            };
            return message == null ? where : where + ": " + message;
        }
    }
}
