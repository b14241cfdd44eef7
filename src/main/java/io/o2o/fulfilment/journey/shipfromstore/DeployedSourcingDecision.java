package io.o2o.fulfilment.journey.shipfromstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The sourcing table as deployed last (from processes/, or a newer version deployed from Modeler or
 * Cockpit), evaluated without the engine's history: the storefront asks for availability far more
 * often than orders are sourced, and a public query must not write to the database.
 */
@Component
class DeployedSourcingDecision implements SourcingDecision {

    private final RepositoryService repository;
    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private volatile Version latest;

    DeployedSourcingDecision(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public Rating rate(Facts facts) {
        return table().rate(facts);
    }

    private SourcingTable table() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(KEY)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("No decision '" + KEY + "' is deployed: processes/sourcing.dmn is missing");
        }
        Version version = latest;
        if (version == null || !version.definitionId().equals(definition.getId())) {
            try (InputStream dmn = repository.getDecisionModel(definition.getId())) {
                version = new Version(definition.getId(), new SourcingTable(engine, dmn));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            latest = version;
        }
        return version.table();
    }

    private record Version(String definitionId, SourcingTable table) {
    }
}
