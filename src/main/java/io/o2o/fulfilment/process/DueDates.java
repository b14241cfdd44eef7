package io.o2o.fulfilment.process;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates for the models, on the engine's clock: {@code ${dueDates.after(readyWithin)}} is the
 * moment a journey timing (an ISO 8601 duration) from now runs out. A task due then shows it in
 * Tasklist and counts as an SLA breach when completed later.
 */
@Component("dueDates")
public class DueDates {

    public Date after(String isoDuration) {
        return new Date(ClockUtil.getCurrentTime().getTime() + Duration.parse(isoDuration).toMillis());
    }
}
