package io.o2o.fulfilment.simulator.wms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** The simulated WMS, stocked at start from a CSV of {@code storeId,sku,onHand}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class WmsSimulatorConfiguration {

    @Bean
    WmsSimulator wmsSimulator(@Value("${o2o.simulators.wms.stock:classpath:simulator/wms-stock.csv}") Resource stock)
            throws IOException {
        WmsSimulator wms = new WmsSimulator();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(stock.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("storeId"))
                    .map(line -> line.split(","))
                    .forEach(cells -> wms.setOnHand(cells[0].strip(), cells[1].strip(), Integer.parseInt(cells[2].strip())));
        }
        return wms;
    }
}
