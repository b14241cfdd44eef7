package io.o2o.fulfilment.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.ops.PortCallMetrics;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.PortResult;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Calls a port through Camel with the adapter chosen for the order, and reads the adapter's answer
 * as the port's result type. A technical failure surfaces as {@link PortCallFailedException}. Every
 * call is timed and its outcome recorded ({@link PortCallMetrics}).
 */
@Component
public class PortClient {

    private static final Logger log = LoggerFactory.getLogger(PortClient.class);

    private final ProducerTemplate camel;
    private final ObjectMapper json;
    private final PortCallMetrics metrics;

    PortClient(ProducerTemplate camel, ObjectMapper json, PortCallMetrics metrics) {
        this.camel = camel;
        this.json = json;
        this.metrics = metrics;
    }

    public <R extends PortResult> R call(Port port, String adapter, Object request) {
        long started = System.nanoTime();
        try {
            R result = send(port, adapter, request);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            PortCallMetrics.Outcome outcome = result.refusal() == null ? PortCallMetrics.Outcome.OK
                    : PortCallMetrics.Outcome.REFUSED;
            metrics.record(port, adapter, outcome, took, null);
            log.info("{} through {}: {} in {} ms", port.portName(), adapter, outcome, took.toMillis());
            return result;
        } catch (PortCallFailedException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            // the exception's own message: what the partner said, with credentials masked
            metrics.record(port, adapter, PortCallMetrics.Outcome.FAILED, took, e);
            log.warn("{} through {}: FAILED in {} ms: {}", port.portName(), adapter, took.toMillis(), e.getMessage());
            throw e;
        }
    }

    private <R extends PortResult> R send(Port port, String adapter, Object request) {
        Exchange answer;
        try {
            String body = json.writeValueAsString(request);
            answer = camel.request(port.endpointUri(), exchange -> {
                exchange.setProperty(PortRoutes.ADAPTER, adapter);
                exchange.getMessage().setBody(body);
            });
        } catch (IOException e) {
            throw new PortCallFailedException(port, adapter, e);
        }
        if (answer.getException() != null) {
            Throwable cause = answer.getException() instanceof CamelExecutionException wrapped
                    && wrapped.getCause() != null ? wrapped.getCause() : answer.getException();
            throw new PortCallFailedException(port, adapter, cause);
        }
        return convert(answer.getMessage().getBody(), port, adapter);
    }

    @SuppressWarnings("unchecked")
    private <R extends PortResult> R convert(Object reply, Port port, String adapter) {
        Class<R> type = (Class<R>) port.resultType();
        if (reply == null) {
            throw new PortCallFailedException(port, adapter, new IllegalStateException("the adapter answered nothing"));
        }
        try {
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
        } catch (IOException | IllegalArgumentException e) {
            throw new PortCallFailedException(port, adapter, new IllegalStateException(
                    "the adapter's answer is not a " + type.getSimpleName() + ": " + e.getMessage(), e));
        }
    }
}
