package io.o2o.fulfilment.process;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets a database created at a lower history level start at the configured one. The engine records
 * the level it first ran at (ACT_GE_PROPERTY {@code historyLevel}: activity 1, audit 2, full 3) and
 * refuses to start at any other ("historyLevel mismatch"), so a database from the {@code audit} days
 * would not start at {@code full}. Runs once the configuration has resolved its level, before the
 * engine checks it; it only raises, and leaves a fresh database to the engine.
 */
@Component
class HistoryLevelUpgrade extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryLevelUpgrade.class);
    private static final String TABLE = "ACT_GE_PROPERTY";
    private static final String PROPERTY = "historyLevel";

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        HistoryLevel configured = configuration.getHistoryLevel();
        if (configured == null) {
            return; // history "auto": the engine takes the recorded level
        }
        try (Connection connection = configuration.getDataSource().getConnection()) {
            Integer recorded = recordedLevel(connection);
            if (recorded == null || recorded >= configured.getId()) {
                return;
            }
            try (PreparedStatement raise = connection.prepareStatement("update " + TABLE
                    + " set VALUE_ = ?, REV_ = REV_ + 1 where NAME_ = ? and VALUE_ = ?")) {
                raise.setString(1, Integer.toString(configured.getId()));
                raise.setString(2, PROPERTY);
                raise.setString(3, recorded.toString());
                // another node starting at the same time may have raised it already
                if (raise.executeUpdate() == 1) {
                    log.info("History level of the database raised from {} to {}, as configured",
                            name(configuration, recorded), configured.getName());
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot raise the database's history level to " + configured.getName(), e);
        }
    }

    /** The level recorded in the database, or null when the engine's tables or the property are not there yet. */
    private static Integer recordedLevel(Connection connection) throws SQLException {
        DatabaseMetaData database = connection.getMetaData();
        String table = database.storesLowerCaseIdentifiers() ? TABLE.toLowerCase(Locale.ROOT) : TABLE;
        try (ResultSet tables = database.getTables(connection.getCatalog(), connection.getSchema(), table, null)) {
            if (!tables.next()) {
                return null;
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select VALUE_ from " + TABLE + " where NAME_ = ?")) {
            select.setString(1, PROPERTY);
            try (ResultSet value = select.executeQuery()) {
                return value.next() ? Integer.valueOf(value.getString(1)) : null;
            }
        }
    }

    private static String name(ProcessEngineConfigurationImpl configuration, int id) {
        return configuration.getHistoryLevels().stream().filter(level -> level.getId() == id)
                .map(HistoryLevel::getName).findFirst().orElse(Integer.toString(id));
    }
}
