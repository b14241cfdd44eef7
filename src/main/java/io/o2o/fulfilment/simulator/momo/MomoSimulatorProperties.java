package io.o2o.fulfilment.simulator.momo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The merchant account the MoMo simulator knows ({@code o2o.simulators.momo.*}). The defaults are
 * the project's demo keys, the same values {@code integrations/momo/momo.yaml} gives the adapter;
 * they are kept apart on purpose so that the simulator checks the adapter instead of sharing its
 * configuration. {@code paymentLinkTtl} models MoMo's link expiry (real value unpublished).
 */
@ConfigurationProperties("o2o.simulators.momo")
record MomoSimulatorProperties(@DefaultValue("O2ODEMO") String partnerCode,
        @DefaultValue("demo-KGgXIjWzEsc0SAY8") String accessKey,
        @DefaultValue("demo-XMNYv8o7ISM5dW4LbslxYTqNFKVuVoVz") String secretKey,
        @DefaultValue("PT30M") Duration paymentLinkTtl) {
}
