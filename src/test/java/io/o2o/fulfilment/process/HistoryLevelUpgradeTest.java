package io.o2o.fulfilment.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An engine started at {@code full} on a database recorded at {@code audit}, as this application's
 * databases were: with the plugin it starts and records full; without it the engine refuses. A bare
 * engine on its own in-memory H2 database, no application around it.
 */
class HistoryLevelUpgradeTest {

    private final String url = "jdbc:h2:mem:history-level-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        }
    }

    @Test
    void aDatabaseRecordedAtAuditStartsAtFullAndRecordsFull() throws SQLException {
        start("audit", true).close();
        assertThat(recordedLevel()).isEqualTo("2");

        ProcessEngine engine = start("full", true);
        try {
            assertThat(engine.getManagementService().getProperties()).containsEntry("historyLevel", "3");
        } finally {
            engine.close();
        }
    }

    @Test
    void withoutItTheEngineRefusesTheHigherLevel() throws SQLException {
        start("audit", false).close();

        assertThatThrownBy(() -> start("full", false)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("historyLevel mismatch");
        assertThat(recordedLevel()).isEqualTo("2");
    }

    @Test
    void itNeverLowersTheRecordedLevel() throws SQLException {
        start("full", true).close();

        assertThatThrownBy(() -> start("audit", true)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("historyLevel mismatch");
        assertThat(recordedLevel()).isEqualTo("3");
    }

    private ProcessEngine start(String history, boolean withPlugin) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("history-level-test");
        configuration.setJdbcUrl(url);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory(history);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        if (withPlugin) {
            configuration.getProcessEnginePlugins().add(new HistoryLevelUpgrade());
        }
        return configuration.buildProcessEngine();
    }

    private String recordedLevel() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet value = statement.executeQuery(
                        "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'")) {
            return value.next() ? value.getString(1) : null;
        }
    }
}
