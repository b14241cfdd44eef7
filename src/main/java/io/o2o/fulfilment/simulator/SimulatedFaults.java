package io.o2o.fulfilment.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

    public synchronized Optional<Fault> armed(String system) {
        return Optional.ofNullable(armed.get(system));
    }

    public synchronized void clear(String system) {
        armed.remove(system);
    }

    private void failIfArmed(String system) {
        Fault fault = take(system);
        if (fault == null) {
            return;
        }
        if (fault.delayMillis() > 0) {
            // outside the lock: a slow call must not hold up the other simulated systems
            try {
                Thread.sleep(fault.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault.status() != 0) {
            throw new SimulatorException(HttpStatusCode.valueOf(fault.status()), fault.message());
        }
    }

    private synchronized Fault take(String system) {
        Fault fault = armed.get(system);
        if (fault == null) {
            return null;
        }
        if (fault.failNext() > 1) {
            armed.put(system, fault.countedDown());
        } else {
            armed.remove(system);
        }
        return fault;
    }

    /** Called by a simulator at the start of each business call. */
    @FunctionalInterface
    public interface Switch {

        /** Fails this call if a fault is armed for the system, counting the fault down. */
        void failIfArmed();
    }

    /**
     * The next {@code failNext} calls answer {@code status} with {@code message}, after waiting
     * {@code delayMillis} if given. With a delay and no status the calls only answer slowly.
     */
    public record Fault(int failNext, int status, String message, long delayMillis) {

        Fault withDefaults() {
            boolean slowOnly = delayMillis > 0 && status == 0;
            return new Fault(Math.max(failNext, 1), slowOnly ? 0 : status == 0 ? 503 : status,
                    message == null || message.isBlank() ? "simulated outage" : message, Math.max(delayMillis, 0));
        }

        Fault countedDown() {
            return new Fault(failNext - 1, status, message, delayMillis);
        }
    }
}
