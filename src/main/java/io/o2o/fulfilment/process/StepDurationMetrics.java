package io.o2o.fulfilment.process;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Time in each step, {@code o2o.step.duration} tagged process and activity: read from the history
 * events the engine writes anyway when an activity ends, so it costs no query. Counts the steps
 * people and partners take time over: user tasks, service tasks, receive tasks and waits.
 */
@Component
class StepDurationMetrics extends AbstractProcessEnginePlugin implements HistoryEventHandler {

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
        handlers.add(this);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
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

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
