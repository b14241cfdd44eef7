package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** One execution of a port task: the order it is for, its idempotency key and its settings. */
final class PortCall {

    private final DelegateExecution execution;
    private final Order order;
    private final Map<String, String> properties;
    private final String idempotencyKey;

    PortCall(DelegateExecution execution, Order order, Map<String, String> properties, String idempotencyKey) {
        this.execution = execution;
        this.order = order;
        this.properties = properties;
        this.idempotencyKey = idempotencyKey;
    }

    Order order() {
        return order;
    }

    /** The parcel the call is about: a ship-from-store call runs with {@code shipmentId} in scope. */
    String shipmentId() {
        Object id = execution.getVariable(JourneyVariables.SHIPMENT_ID);
        return id == null ? null : id.toString();
    }

    String orderNumber() {
        return order.orderNumber();
    }

    /** Made once when the call was scheduled; the same on every retry (see {@link CallKeys}). */
    String idempotencyKey() {
        return idempotencyKey;
    }

    Object variable(String name) {
        return execution.getVariable(name);
    }

    void setVariable(String name, Object value) {
        execution.setVariable(name, value);
    }

    /** A {@code camunda:property} of the service task, for example {@code template}. */
    String property(String name) {
        return properties.get(name);
    }
}
