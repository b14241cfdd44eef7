package io.o2o.fulfilment.integrations;

import io.o2o.fulfilment.ClockConfiguration;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.springboot.PlatformHttpComponentAutoConfiguration;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpAutoConfiguration;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformWebMvcConfiguration;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * Just enough of the application for the adapters' route and contract tests: the simulators on a
 * real web server, Camel with the adapters' YAML and Java routes (settings in
 * adapter-route-test.yaml), and the inbound ports {@code direct:payment.notification} and
 * {@code direct:carrier.event} leading to {@code mock:payment.notification} and
 * {@code mock:carrier.event}. The rest of the app stays out.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
        JacksonAutoConfiguration.class, ValidationAutoConfiguration.class, TaskExecutionAutoConfiguration.class,
        CamelAutoConfiguration.class, PlatformHttpComponentAutoConfiguration.class,
        SpringBootPlatformHttpAutoConfiguration.class, SpringBootPlatformWebMvcConfiguration.class })
@ComponentScan(basePackages = "io.o2o.fulfilment.simulator")
@ComponentScan(basePackages = "io.o2o.fulfilment.integrations", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.\\w+Routes"))
@ConfigurationPropertiesScan({"io.o2o.fulfilment.simulator", "io.o2o.fulfilment.integrations"})
@Import(ClockConfiguration.class)
class AdapterRouteTestApplication {

    /**
     * Only in this application: the full application's component scan also finds this class, and
     * there payment.notification and carrier.event are the real routes.
     */
    @Bean
    @ConditionalOnProperty("o2o.adapter-route-test")
    RouteBuilder inboundPortMocks() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // as the application's payment.notification route: its callers handle and log its rejections
                from("direct:payment.notification").routeId("payment.notification").errorHandler(noErrorHandler())
                        .to("mock:payment.notification");
                from("direct:carrier.event").routeId("carrier.event").errorHandler(noErrorHandler())
                        .to("mock:carrier.event");
            }
        };
    }
}
