package io.o2o.fulfilment.integrations;

import java.io.InputStream;
import java.net.URL;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.camel.spi.Resource;
import org.apache.camel.spring.boot.FatJarPackageScanResourceResolver;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.AntPathMatcher;

/**
 * Finds route files by pattern inside jars, keeping the folders between the pattern's root and the
 * file. For a match inside a jar, Camel 4.18's own resolver keeps only the pattern's root and the bare
 * file name ({@code PackageScanJarResource} strips the path): the {@code **} pattern of
 * {@code camel.main.routes-include-pattern} finds {@code integrations/wms/wms-rest.camel.yaml} in the
 * packaged application, then reads {@code integrations/wms-rest.camel.yaml}, which does not exist.
 * From a folder on the class path (the IDE, {@code target/classes}) the parent's scan is right and
 * stays in use.
 */
class NestedRouteResourceResolver extends FatJarPackageScanResourceResolver {

    @Override
    protected void loadImplementationsInJar(URL url, String packageName, String subPattern, InputStream stream,
            String urlPath, Set<Resource> resources, Predicate<String> filter) {
        for (String name : doLoadImplementationsInJar(packageName, stream, urlPath, filter)) {
            if (AntPathMatcher.INSTANCE.match(subPattern, name.substring(packageName.length()))) {
                resources.add(PluginHelper.getResourceLoader(getCamelContext()).resolveResource("classpath:" + name));
            }
        }
    }
}
