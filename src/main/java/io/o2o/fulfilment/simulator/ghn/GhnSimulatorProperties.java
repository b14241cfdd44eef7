package io.o2o.fulfilment.simulator.ghn;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The GHN account the simulator knows ({@code o2o.simulators.ghn.*}): its API token and the shops
 * it holds. The defaults are the project's demo values, the same that {@code application-demo.yaml}
 * gives the adapter, kept apart so that the simulator checks the adapter instead of sharing its
 * settings. Webhooks are retried {@code webhookRetries} times {@code webhookRetryInterval} apart
 * (GHN: 10 times, 5 s apart); tests shorten the interval. The webhook's address is read per webhook
 * ({@link GhnWebhookSender}), because it holds the server's port.
 */
@ConfigurationProperties("o2o.simulators.ghn")
record GhnSimulatorProperties(@DefaultValue("demo-ghn-7d1c5e2a-4b9f-11f0-a3c6-o2odemo") String token,
        @DefaultValue({"2510100", "2510101", "2510107", "2510201", "2510202"}) List<Long> shopIds,
        @DefaultValue("10") int webhookRetries, @DefaultValue("PT5S") Duration webhookRetryInterval) {
}
