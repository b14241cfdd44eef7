package io.o2o.fulfilment.integrations;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelContextCustomizer;
import org.apache.camel.spi.PackageScanResourceResolver;
import org.springframework.stereotype.Component;

/**
 * Puts {@link NestedRouteResourceResolver} in place of Camel Spring Boot's resolver. Customizers run
 * after Camel Spring Boot installs its own and before {@code camel.main.routes-include-pattern} is
 * resolved.
 */
@Component
class NestedRouteResourceResolverInstaller implements CamelContextCustomizer {

    @Override
    public void configure(CamelContext camelContext) {
        camelContext.getCamelContextExtension()
                .addContextPlugin(PackageScanResourceResolver.class, new NestedRouteResourceResolver());
    }
}
