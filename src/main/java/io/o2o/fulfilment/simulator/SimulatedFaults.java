package io.o2o.fulfilment.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;

/**
 * Faults armed for demos and tests: the next N business calls to a simulated system fail with a
 * chosen status and message, as a real system does when it is down or overloaded. A simulator takes
 * part by asking for its {@link #forSystem switch}; {@code /sim/<system>/faults} then accepts its name.
 */
@Component
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
public class SimulatedFaults {

    private final Set<String> systems = new TreeSet<>();
    private final Map<String, Fault> armed = new HashMap<>();

    /** The fault switch of one simulated system, for example {@code wms}. */
    public synchronized Switch forSystem(String system) {
        systems.add(system);
        return () -> failIfArmed(system);
    }

    /** The simulated systems whose faults can be armed. */
    public synchronized Set<String> systems() {
        return Set.copyOf(systems);
    }

    public synchronized void arm(String system, Fault fault) {
        armed.put(system, fault.withDefaults());
    }

    public synchronized void clear(String system) {
        armed.remove(system);
    }

    private synchronized void failIfArmed(String system) {
        Fault fault = armed.get(system);
        if (fault == null) {
            return;
        }
        if (fault.failNext() > 1) {
            armed.put(system, fault.countedDown());
        } else {
            armed.remove(system);
        }
        throw new SimulatorException(HttpStatusCode.valueOf(fault.status()), fault.message());
    }

    /** Called by a simulator at the start of each business call. */
    @FunctionalInterface
    public interface Switch {

        /** Fails this call if a fault is armed for the system, counting the fault down. */
        void failIfArmed();
    }

    /** The next {@code failNext} calls answer {@code status} with {@code message}. */
    public record Fault(int failNext, int status, String message) {

        Fault withDefaults() {
            return new Fault(Math.max(failNext, 1), status == 0 ? 503 : status,
                    message == null || message.isBlank() ? "simulated outage" : message);
        }

        Fault countedDown() {
            return new Fault(failNext - 1, status, message);
        }
    }
}
