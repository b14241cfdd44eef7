package io.o2o.fulfilment.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One health indicator per remote system, under {@code remoteSystems} in {@code /actuator/health}.
 * It calls no partner: it reports what the port calls saw. UP while nothing was called yet or the
 * last call got an answer (a refusal is an answer); DOWN with the last error once the last
 * {@code o2o.health.failures-until-down} calls in a row failed.
 */
@Configuration(proxyBeanMethods = false)
class RemoteSystemsHealth {

    static final List<String> SYSTEMS = List.of("wms", "erp", "notify", "momo", "zalopay", "carrier");

    @Bean
    CompositeHealthContributor remoteSystemsHealthContributor(PortCallMetrics calls,
            @Value("${o2o.health.failures-until-down:3}") int failuresUntilDown) {
        Map<String, HealthContributor> indicators = new LinkedHashMap<>();
        for (String system : SYSTEMS) {
            indicators.put(system, indicator(calls.state(system), failuresUntilDown));
        }
        return CompositeHealthContributor.fromMap(indicators);
    }

    static HealthIndicator indicator(RemoteSystemState state, int failuresUntilDown) {
        return () -> {
            RemoteSystemState.Snapshot last = state.snapshot();
            if (last.lastCallAt() == null) {
                return Health.up().withDetail("calls", "none yet").build();
            }
            Health.Builder health = last.failuresInARow() >= failuresUntilDown ? Health.down() : Health.up();
            health.withDetail("lastCallAt", last.lastCallAt().toString());
            if (last.lastSuccessAt() != null) {
                health.withDetail("lastSuccessAt", last.lastSuccessAt().toString());
            }
            if (last.failuresInARow() > 0) {
                health.withDetail("failuresInARow", last.failuresInARow())
                        .withDetail("lastError", last.lastError());
            }
            return health.build();
        };
    }
}
