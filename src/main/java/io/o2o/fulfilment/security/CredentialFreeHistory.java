package io.o2o.fulfilment.security;

import io.o2o.fulfilment.process.JourneyVariables;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine's history without the variables that are credentials: the pickup code staff type at
 * the counter. The engine records a variable as it is set, in ACT_HI_VARINST from level audit and in
 * ACT_HI_DETAIL (also as a submitted form field) at full, even when the task listener that checks the code
 * removes it in the same transaction; so its events are dropped before the database, at every level.
 */
@Component
class CredentialFreeHistory extends AbstractProcessEnginePlugin {

    private static final Set<String> CREDENTIALS = Set.of(JourneyVariables.PICKUP_CODE);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the engine's own database handler would write every event; this one writes all but the credentials
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        // first, so that handlers after it read what the database knows (an ending step's start time)
        configuration.getCustomHistoryEventHandlers().add(0, new Filter(new DbHistoryEventHandler()));
    }

    static boolean isCredential(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity variable
                && CREDENTIALS.contains(variable.getVariableName())
                || event instanceof HistoricFormPropertyEventEntity field
                && CREDENTIALS.contains(field.getPropertyId());
    }

    private record Filter(HistoryEventHandler database) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isCredential(event)) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
