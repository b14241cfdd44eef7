package io.o2o.fulfilment.integrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.DefaultPropertiesPropertySource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads every adapter's settings file, {@code integrations/<adapter>/*.yaml} other than its
 * {@code *.camel.yaml} routes, as defaults: application.yaml, profile files, system properties and
 * environment variables all override them. A document in a settings file that starts with
 * {@code spring.config.activate.on-profile} counts only in those profiles, as in application.yaml.
 */
class AdapterSettings implements EnvironmentPostProcessor, Ordered {

    private static final String ON_PROFILE = "spring.config.activate.on-profile";

    private final String locationPattern;

    AdapterSettings() {
        this("classpath*:integrations/*/*.yaml");
    }

    AdapterSettings(String locationPattern) {
        this.locationPattern = locationPattern;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var loader = new YamlPropertySourceLoader();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
                if (file.getFilename() == null || file.getFilename().endsWith(".camel.yaml")) {
                    continue;
                }
                List<PropertySource<?>> documents = new ArrayList<>(
                        loader.load("adapter settings " + file.getDescription(), file));
                // a later document overrides an earlier one
                Collections.reverse(documents);
                documents.stream().filter(document -> applies(document, environment))
                        .forEach(environment.getPropertySources()::addLast);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the adapters' settings " + locationPattern, e);
        }
        DefaultPropertiesPropertySource.moveToEnd(environment);
    }

    private static boolean applies(PropertySource<?> document, ConfigurableEnvironment environment) {
        Object profiles = document.getProperty(ON_PROFILE);
        return profiles == null || environment.acceptsProfiles(Profiles.of(profiles.toString()));
    }

    /** After application.yaml and the profiles are known. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
