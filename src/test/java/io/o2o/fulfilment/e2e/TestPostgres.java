package io.o2o.fulfilment.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL the integration tests run against: {@code FULFILMENT_TEST_JDBC_URL} if set (its
 * database is emptied first, so it must be a test database), else a Testcontainers PostgreSQL where
 * a Docker engine runs. With neither, the tests fail under {@code CI=true} and are skipped elsewhere.
 */
final class TestPostgres {

    static final String URL_VARIABLE = "FULFILMENT_TEST_JDBC_URL";

    private static String jdbcUrl;

    private TestPostgres() {
    }

    static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            jdbcUrl = resolve();
        }
        return jdbcUrl;
    }

    private static String resolve() {
        String configured = System.getenv(URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            emptyDatabase(configured);
            return configured;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
            return container.getJdbcUrl() + "&user=" + container.getUsername() + "&password="
                    + container.getPassword();
        }
        String reason = "No PostgreSQL for the integration tests: set " + URL_VARIABLE
                + " (for example jdbc:postgresql://127.0.0.1:5432/fulfilment_test?user=postgres) or run a Docker engine";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason);
        }
        Assumptions.abort(reason);
        return null;
    }

    /** A test run starts from an empty schema; refuses anything that does not look like a test database. */
    private static void emptyDatabase(String url) {
        String database = url.replaceFirst("^jdbc:postgresql://[^/]+/", "").replaceFirst("\\?.*$", "");
        if (!database.contains("test")) {
            fail(URL_VARIABLE + " names database '" + database + "'; the tests empty it, so its name must contain 'test'");
        }
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            fail("Cannot prepare the test database at " + url + ": " + e.getMessage());
        }
    }
}
