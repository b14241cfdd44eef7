package io.o2o.fulfilment.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration
class ProcessTestConfiguration {

    @Bean
    ScriptedAdapters scriptedAdapters(ObjectMapper json) {
        return new ScriptedAdapters(json);
    }
}
