package io.o2o.fulfilment.process;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the embedded task forms kept beside the models ({@code processes/forms}) at
 * {@code /forms/...}, where Tasklist looks for {@code embedded:app:forms/...}.
 */
@Configuration
class TaskFormsConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/forms/**").addResourceLocations("classpath:/forms/");
    }
}
