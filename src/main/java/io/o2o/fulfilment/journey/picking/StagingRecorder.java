package io.o2o.fulfilment.journey.picking;

import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When the stage task is completed, records where the order waits at the counter. */
@Component("recordStaging")
class StagingRecorder implements TaskListener {

    private final OrderService orders;

    StagingRecorder(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void notify(DelegateTask task) {
        Object location = task.getVariable(JourneyVariables.STAGING_LOCATION);
        orders.staged(task.getExecution().getProcessBusinessKey(),
                location == null || location.toString().isBlank() ? "no location given" : location.toString());
    }
}
