package io.o2o.fulfilment.journey.shipfromstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;

/** The sourcing table of processes/ on the real DMN engine, and the rules each evaluation matched. */
final class SourcingTables {

    static final Path FILE = Path.of("processes", "sourcing.dmn");

    /** The ids of the rules matched, one per evaluation, in order. */
    final List<String> matchedRules = new CopyOnWriteArrayList<>();
    final SourcingTable table;

    SourcingTables() {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        DmnDecisionTableEvaluationListener recorder = event -> matchedRules.add(event.getMatchingRules().isEmpty()
                ? "none" : event.getMatchingRules().get(0).getId());
        configuration.customPostDecisionTableEvaluationListeners(List.of(recorder));
        try (InputStream dmn = Files.newInputStream(FILE)) {
            table = new SourcingTable(configuration.buildEngine(), dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String lastMatchedRule() {
        return matchedRules.get(matchedRules.size() - 1);
    }

    /** The ids of all rules in the table. */
    static Set<String> ruleIds() {
        return Dmn.readModelFromFile(FILE.toFile()).getModelElementsByType(Rule.class).stream()
                .map(Rule::getId).collect(java.util.stream.Collectors.toSet());
    }
}
