package io.o2o.fulfilment.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's backlog as gauges: {@code o2o.incidents.open} (incidents waiting for ops) and
 * {@code o2o.jobs.due} (jobs the executor could run now) and {@code o2o.tasks.overdue} (tasks of
 * people past their due date, the SLA breaches still open). Each is one count query, cached for
 * {@code o2o.metrics.engine-cache} so that scrapes do not hammer the database.
 */
@Component
class EngineGauges {

    EngineGauges(MeterRegistry registry, RuntimeService runtime, ManagementService management, TaskService tasks,
            Clock clock, @Value("${o2o.metrics.engine-cache:PT10S}") Duration cacheFor) {
        Cached incidents = new Cached(() -> runtime.createIncidentQuery().count(), clock, cacheFor);
        Cached due = new Cached(() -> management.createJobQuery().executable().count(), clock, cacheFor);
        Cached overdue = new Cached(() -> tasks.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).count(),
                clock, cacheFor);
        // a gauge holds its object weakly; nothing else holds these, so without a strong reference
        // they are collected and the gauges read NaN
        Gauge.builder("o2o.incidents.open", incidents, Cached::value)
                .description("Open incidents: jobs out of retries and other failures waiting for ops")
                .strongReference(true).register(registry);
        Gauge.builder("o2o.jobs.due", due, Cached::value)
                .description("Jobs due now and not yet run: the job executor's backlog")
                .strongReference(true).register(registry);
        Gauge.builder("o2o.tasks.overdue", overdue, Cached::value)
                .description("Open tasks of people past their due date")
                .strongReference(true).register(registry);
    }

    /** A count read again only when the last reading is older than the cache time. */
    static final class Cached {

        private final LongSupplier query;
        private final Clock clock;
        private final Duration cacheFor;
        private Instant readAt;
        private double value;

        Cached(LongSupplier query, Clock clock, Duration cacheFor) {
            this.query = query;
            this.clock = clock;
            this.cacheFor = cacheFor;
        }

        synchronized double value() {
            Instant now = clock.instant();
            if (readAt == null || !now.isBefore(readAt.plus(cacheFor))) {
                value = query.getAsLong();
                readAt = now;
            }
            return value;
        }
    }
}
