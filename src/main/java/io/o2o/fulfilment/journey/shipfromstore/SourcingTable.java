package io.o2o.fulfilment.journey.shipfromstore;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;

/** One version of the sourcing table, parsed once and evaluated by a DMN engine of its own. */
final class SourcingTable implements SourcingDecision {

    private final DmnEngine engine;
    private final DmnDecision decision;

    SourcingTable(DmnEngine engine, InputStream dmn) {
        this.engine = engine;
        this.decision = engine.parseDecision(KEY, dmn);
    }

    @Override
    public Rating rate(Facts facts) {
        return Rating.of(engine.evaluateDecision(decision, Variables.fromMap(facts.variables())).getFirstResult());
    }
}
