package io.o2o.fulfilment.process;

import io.o2o.fulfilment.ops.OrderLogContext;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.PortResult;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The one service-task implementation for every call to the outside world: a BPMN service task
 * with {@code camunda:delegateExpression="${portTask}"} and a {@code port} property runs that port
 * through Camel with the adapter chosen for the order. A business refusal in the answer becomes
 * the BPMN error the model catches; technical failures propagate, so that the engine retries the
 * job and, when retries run out, raises an incident carrying the remote system's message.
 */
@Component("portTask")
class PortTaskDelegate implements JavaDelegate {

    private final Map<Port, PortMapping<?, ?>> mappings;
    private final PortClient ports;
    private final AdapterSelection adapters;
    private final OrderService orders;
    private final TaskProperties taskProperties;
    private final ParcelScope parcels;

    PortTaskDelegate(List<PortMapping<?, ?>> mappings, PortClient ports, AdapterSelection adapters,
            OrderService orders, TaskProperties taskProperties, ParcelScope parcels) {
        this.parcels = parcels;
        this.mappings = mappings.stream().collect(Collectors.toMap(PortMapping::port, Function.identity()));
        this.ports = ports;
        this.adapters = adapters;
        this.orders = orders;
        this.taskProperties = taskProperties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> properties = taskProperties.of(execution);
        Port port = Port.named(properties.get("port"));
        PortMapping<?, ?> mapping = mappings.get(port);
        if (mapping == null) {
            throw new IllegalStateException("Service task " + execution.getCurrentActivityId() + " names port '"
                    + port.portName() + "', which no mapping serves");
        }
        try (OrderLogContext context = OrderLogContext.of(execution.getProcessBusinessKey())) {
            Order order = orders.get(execution.getProcessBusinessKey());
            parcels.check(execution, order);
            String adapter = adapters.adapterFor(port, order);
            run(mapping, new PortCall(execution, order, properties, CallKeys.of(execution)), adapter);
        }
    }

    private <Q, R extends PortResult> void run(PortMapping<Q, R> mapping, PortCall call, String adapter) {
        if (!mapping.due(call)) {
            return;
        }
        Q request = mapping.request(call);
        R result = ports.call(mapping.port(), adapter, request);
        mapping.apply(call, request, result);
        PortResult.Refusal refusal = result.refusal();
        // a task marked onRefusal=record leaves the refusal to the data the mapping recorded
        if (refusal != null && !"record".equals(call.property("onRefusal"))) {
            throw new BpmnError(refusal.code(), mapping.port().portName() + " refused: " + refusal.reason());
        }
    }
}
