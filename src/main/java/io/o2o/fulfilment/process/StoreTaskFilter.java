package io.o2o.fulfilment.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filter store staff work from: every task they may see (the engine's authorizations
 * narrow it to their store), showing the order number and how the customer pays.
 */
@Component
class StoreTaskFilter {

    static final String NAME = "Store tasks";

    private final FilterService filters;
    private final TaskService tasks;

    StoreTaskFilter(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener
    void onEngineReady(PostDeployEvent event) {
        if (filters.createFilterQuery().filterName(NAME).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(NAME);
        filter.setQuery(tasks.createTaskQuery());
        filter.setProperties(Map.of(
                "description", "Pick, stage and hand over the orders of your store",
                "priority", -10,
                "variables", List.of(
                        Map.of("name", JourneyVariables.ORDER_NUMBER, "label", "Order"),
                        Map.of("name", JourneyVariables.PAYMENT_METHOD, "label", "Payment"))));
        filters.saveFilter(filter);
    }
}
