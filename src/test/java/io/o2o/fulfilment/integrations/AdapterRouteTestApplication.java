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
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * Just enough of the application for the REST adapters' route tests: the WMS, ERP and
 * notification simulators on a real web server, and Camel with the adapters' YAML routes
 * (settings in adapter-route-test.yaml). Other simulators and the rest of the app stay out.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        ValidationAutoConfiguration.class, CamelAutoConfiguration.class })
@ComponentScan(basePackages = "io.o2o.fulfilment.simulator", excludeFilters = @ComponentScan.Filter(
        type = FilterType.REGEX, pattern = "io\\.o2o\\.fulfilment\\.simulator\\.(?!wms\\.|erp\\.|notify\\.)\\w+\\..*"))
@Import(ClockConfiguration.class)
class AdapterRouteTestApplication {
}
