package io.o2o.fulfilment.simulator.zalopay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The merchant app the ZaloPay simulator knows ({@code o2o.simulators.zalopay.*}). The defaults
 * are the project's demo values, the same that {@code integrations/zalopay/zalopay.yaml} gives the
 * adapter, kept apart so that the simulator checks the adapter instead of sharing its settings.
 */
@ConfigurationProperties("o2o.simulators.zalopay")
record ZalopaySimulatorProperties(@DefaultValue("2026") int appId,
        @DefaultValue("demo-zp-k1-Qm8vT2xLr5NcW9aEy3Hd") String key1,
        @DefaultValue("demo-zp-k2-Ks4pZ7bVx1GfJ6uRt0Mn") String key2) {
}
