package io.o2o.fulfilment.process;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Time in each step, {@code o2o.step.duration} tagged process and activity: read from the history
 * events the engine writes anyway when an activity ends, so it costs no query. Counts the steps
 * people and partners take time over: user tasks, service tasks, receive tasks and waits. A task
 * completed after its due date counts as an SLA breach, {@code o2o.task.sla.breaches} tagged
 * process and task.
 */
@Component
class StepDurationMetrics extends AbstractProcessEnginePlugin {

    private static final Set<String> STEP_TYPES = Set.of("userTask", "serviceTask", "receiveTask",
            "intermediateMessageCatch", "intermediateTimer", "callActivity");

    private final MeterRegistry registry;

    StepDurationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        // a handler object of its own: a HistoryEventHandler bean is also added by the starter, which
        // would hand every event over twice. It comes after the database handler, which gives an ending
        // wait state (a user task, a message) the start time its duration needs.
        handlers.add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                countBreach(event);
                timeStep(event);
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private void timeStep(HistoryEvent event) {
        if (event instanceof HistoricActivityInstanceEventEntity activity
                && HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName().equals(activity.getEventType())
                && activity.getDurationInMillis() != null && STEP_TYPES.contains(activity.getActivityType())) {
            Timer.builder("o2o.step.duration").description("Time spent in a step of a journey")
                    .tag("process", String.valueOf(activity.getProcessDefinitionKey()))
                    .tag("activity", activity.getActivityId())
                    .register(registry)
                    .record(Duration.ofMillis(activity.getDurationInMillis()));
        }
    }

    private void countBreach(HistoryEvent event) {
        if (event instanceof HistoricTaskInstanceEventEntity task
                && HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName().equals(task.getEventType())
                && task.getDueDate() != null && task.getEndTime() != null && task.getEndTime().after(task.getDueDate())) {
            Counter.builder("o2o.task.sla.breaches").description("Tasks of people completed after their due date")
                    .tag("process", String.valueOf(task.getProcessDefinitionKey()))
                    .tag("task", String.valueOf(task.getTaskDefinitionKey()))
                    .register(registry)
                    .increment();
        }
    }
}
