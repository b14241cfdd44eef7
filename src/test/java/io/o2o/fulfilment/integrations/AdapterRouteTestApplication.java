package io.o2o.fulfilment.integrations;

import io.o2o.fulfilment.ClockConfiguration;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * Just enough of the application for the adapters' route tests: every simulator on a real web
 * server, and Camel with every adapter's YAML routes and settings (see adapter-route-test.yaml).
 * Adapters written in Java and the rest of the application stay out.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        ValidationAutoConfiguration.class, CamelAutoConfiguration.class })
@ComponentScan("io.o2o.fulfilment.simulator")
@ConfigurationPropertiesScan("io.o2o.fulfilment.simulator")
@Import(ClockConfiguration.class)
class AdapterRouteTestApplication {
}
