package io.o2o.fulfilment.journey;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which adapter serves each system's ports, for example {@code o2o.adapters.payment=momo}.
 */
@ConfigurationProperties("o2o")
record AdapterSelection(Map<String, String> adapters) {

    String adapterFor(String system) {
        String adapter = adapters == null ? null : adapters.get(system);
        if (adapter == null || adapter.isBlank()) {
            throw new IllegalStateException("No adapter configured for '" + system + "': set o2o.adapters." + system);
        }
        return adapter;
    }
}
