package io.o2o.fulfilment.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.o2o.fulfilment.port.Port;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Records every port call as the timer {@code o2o.port.calls} (tags system, action, adapter,
 * outcome) and keeps the latest outcome per remote system for {@link RemoteSystemsHealth}.
 */
@Component
public class PortCallMetrics {

    /** How a call ended: the partner answered (ok or a business refusal), or it failed technically. */
    public enum Outcome {
        OK, REFUSED, FAILED;

        String tag() {
            return name().toLowerCase();
        }
    }

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, RemoteSystemState> states = new ConcurrentHashMap<>();

    PortCallMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public void record(Port port, String adapter, Outcome outcome, Duration duration, Throwable failure) {
        Timer.builder("o2o.port.calls")
                .description("Calls to remote systems through the ports")
                .tag("system", port.system())
                .tag("action", port.action())
                .tag("adapter", adapter == null ? "none" : adapter)
                .tag("outcome", outcome.tag())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry)
                .record(duration);
        state(remoteSystem(port, adapter)).record(outcome != Outcome.FAILED, clock.instant(),
                failure == null ? null : String.valueOf(failure.getMessage()));
    }

    /**
     * The partner behind a call: the system for stock, ERP and notifications, the wallet (the
     * adapter) for payments.
     */
    static String remoteSystem(Port port, String adapter) {
        return "payment".equals(port.system()) && adapter != null ? adapter : port.system();
    }

    RemoteSystemState state(String remoteSystem) {
        return states.computeIfAbsent(remoteSystem, name -> new RemoteSystemState());
    }
}
