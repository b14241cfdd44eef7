package io.o2o.fulfilment.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

class AdapterSettingsTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    @Test
    void anAdapterSettingsAreDefaultsThatTheApplicationConfigurationOverrides() {
        environment.getPropertySources()
                .addLast(new MapPropertySource("application.yaml", Map.of("shop.base-url", "https://shop.retailer.vn")));

        load();

        assertThat(environment.getProperty("shop.greeting")).isEqualTo("from the adapter");
        assertThat(environment.getProperty("shop.base-url")).isEqualTo("https://shop.retailer.vn");
    }

    @Test
    void aProfileDocumentCountsOnlyInItsProfile() {
        load();
        assertThat(environment.getProperty("shop.base-url")).isEqualTo("http://shop.example");

        StandardEnvironment demo = new StandardEnvironment();
        demo.setActiveProfiles("demo");
        load(demo);
        assertThat(demo.getProperty("shop.base-url")).isEqualTo("http://demo.example");
    }

    @Test
    void routesAreNotSettings() {
        load();

        assertThat(environment.getPropertySources().stream().map(PropertySource::getName))
                .isNotEmpty()
                .noneMatch(name -> name.contains(".camel.yaml"));
    }

    private void load() {
        load(environment);
    }

    private static void load(StandardEnvironment environment) {
        new AdapterSettings("classpath*:adapter-settings-test/*/*.yaml").postProcessEnvironment(environment,
                new SpringApplication());
    }
}
