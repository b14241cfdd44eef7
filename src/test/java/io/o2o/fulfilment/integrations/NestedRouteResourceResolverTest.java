package io.o2o.fulfilment.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NestedRouteResourceResolverTest {

    @TempDir
    Path folder;

    @Test
    void readsRouteFilesFromFoldersBelowThePatternRootInsideAJar() throws Exception {
        // a root of its own: the resolver also scans the test class path
        Path jar = jar(Map.of("adapters/wms/wms-rest.camel.yaml", "wms", "adapters/common/template.camel.yaml",
                "common", "adapters/wms/wms.yaml", "settings"));

        try (var loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null);
                var camel = new DefaultCamelContext()) {
            camel.setApplicationContextClassLoader(loader);
            var resolver = new NestedRouteResourceResolver();
            resolver.setCamelContext(camel);
            resolver.addClassLoader(loader);

            Map<String, String> found = resolver.findResources("classpath:adapters/**/*.camel.yaml").stream()
                    .collect(Collectors.toMap(Resource::getLocation, NestedRouteResourceResolverTest::text));

            assertThat(found).containsOnly(Map.entry("classpath:adapters/wms/wms-rest.camel.yaml", "wms"),
                    Map.entry("classpath:adapters/common/template.camel.yaml", "common"));
        }
    }

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = folder.resolve("adapters.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            // folder entries as a packaged application has them: a class loader finds a folder by its entry
            for (String folder : List.of("adapters/", "adapters/wms/", "adapters/common/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static String text(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
