package io.o2o.fulfilment.simulator;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A switch per wallet that makes its simulator keep its payment callbacks to itself, as when a
 * wallet's callback is lost on the way: the payment is decided at the wallet and its query API
 * tells, so that reconciliation can be shown and tested. Replays sent on request still go out.
 */
@Component
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
public class CallbackWithholding {

    private final Set<String> withheld = ConcurrentHashMap.newKeySet();

    public void set(String system, boolean enabled) {
        if (enabled) {
            withheld.add(system);
        } else {
            withheld.remove(system);
        }
    }

    public boolean withholds(String system) {
        return withheld.contains(system);
    }
}
