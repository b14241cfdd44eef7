package io.o2o.fulfilment.process;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The adapter configured per system for ports not chosen by the order: {@code o2o.adapters.wms=wms-rest}. */
@ConfigurationProperties("o2o")
record SystemAdapters(Map<String, String> adapters) {
}
