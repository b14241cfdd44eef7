package io.o2o.fulfilment.journey;

import java.io.IOException;
import java.io.InputStream;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.port.Port;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The one service-task implementation for every call to the outside world: a BPMN service task
 * with {@code camunda:delegateExpression="${portTask}"} and a {@code port} property runs that port
 * through Camel. Failures propagate so that the engine retries the job and, when retries run
 * out, raises an incident carrying the remote system's message.
 */
@Component("portTask")
class PortTaskDelegate implements JavaDelegate {

    private final Map<String, PortMapping<?, ?>> mappings;
    private final ProducerTemplate camel;
    private final ObjectMapper json;
    private final HistoryService history;
    private final TaskProperties taskProperties;

    PortTaskDelegate(List<PortMapping<?, ?>> mappings, ProducerTemplate camel, ObjectMapper json,
            HistoryService history, TaskProperties taskProperties) {
        this.mappings = mappings.stream().collect(Collectors.toMap(m -> m.port().portName(), Function.identity()));
        this.camel = camel;
        this.json = json;
        this.history = history;
        this.taskProperties = taskProperties;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        Map<String, String> properties = taskProperties.of(execution);
        String portName = properties.get("port");
        PortMapping<?, ?> mapping = mappings.get(portName);
        if (mapping == null) {
            throw new IllegalStateException("Service task " + execution.getCurrentActivityId()
                    + " names unknown port '" + portName + "'");
        }
        long earlierRuns = history.createHistoricActivityInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .activityId(execution.getCurrentActivityId())
                .finished()
                .count();
        run(mapping, new PortCall(execution, properties, earlierRuns));
    }

    private <Q, R> void run(PortMapping<Q, R> mapping, PortCall call) throws IOException {
        Port port = mapping.port();
        Q request = mapping.request(call);
        Object reply;
        try {
            reply = camel.requestBody(port.endpointUri(), json.writeValueAsString(request));
        } catch (CamelExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PortCallFailedException(port, cause);
        }
        mapping.apply(call, request, convert(reply, port));
    }

    @SuppressWarnings("unchecked")
    private <R> R convert(Object reply, Port port) throws IOException {
        Class<R> type = (Class<R>) port.resultType();
        if (reply == null) {
            throw new PortCallFailedException(port, new IllegalStateException("the adapter answered nothing"));
        }
        if (type.isInstance(reply)) {
            return type.cast(reply);
        }
        if (reply instanceof String text) {
            return json.readValue(text, type);
        }
        if (reply instanceof byte[] bytes) {
            return json.readValue(bytes, type);
        }
        if (reply instanceof InputStream stream) {
            return json.readValue(stream, type);
        }
        return json.convertValue(reply, type);
    }
}
