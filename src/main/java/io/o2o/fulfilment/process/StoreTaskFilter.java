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
 * narrow it to their store), the most urgent first, refreshing itself, showing the order number and
 * how the customer pays. Kept as defined here at every start, so an older filter is brought up to date.
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
        Filter filter = filters.createFilterQuery().filterName(NAME).list().stream().findFirst()
                .orElseGet(() -> filters.newTaskFilter(NAME));
        // the filter's order comes before the one Tasklist asks for, so the list is by due date
        filter.setQuery(tasks.createTaskQuery().orderByDueDate().asc().orderByTaskCreateTime().asc());
        filter.setProperties(Map.of(
                "description", "Soạn, để lên quầy và giao đơn của cửa hàng / Pick, stage and hand over your store's orders",
                "priority", -10,
                // Tasklist reloads the list while the filter is open
                "refresh", true,
                "variables", List.of(
                        Map.of("name", JourneyVariables.ORDER_NUMBER, "label", "Đơn / Order"),
                        Map.of("name", JourneyVariables.PAYMENT, "label", "Thanh toán / Payment"))));
        filters.saveFilter(filter);
    }
}
