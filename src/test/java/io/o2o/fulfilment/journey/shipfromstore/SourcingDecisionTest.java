package io.o2o.fulfilment.journey.shipfromstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.o2o.fulfilment.journey.shipfromstore.SourcingDecision.Facts;
import io.o2o.fulfilment.journey.shipfromstore.SourcingDecision.Rating;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** processes/sourcing.dmn on the real DMN engine: each rule, its boundaries, and the first match winning. */
class SourcingDecisionTest {

    private static final SourcingTables TABLES = new SourcingTables();
    private static final Set<String> HIT = new HashSet<>();

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("outside the service area", new Facts(true, 1.0, 45.2, false, 10), "Rule_OutsideServiceArea",
                        new Rating(false, null, "Outside its delivery area, 45.2 km away")),
                rule("outside the service area comes before no capacity", new Facts(true, 1.0, 45.2, false, 0),
                        "Rule_OutsideServiceArea", new Rating(false, null, "Outside its delivery area, 45.2 km away")),
                rule("capacity 0", new Facts(true, 1.0, 3.2, true, 0), "Rule_NoCapacityLeft",
                        new Rating(false, null, "No ship-from-store capacity left today")),
                rule("no capacity comes before having nothing", new Facts(false, 0.0, 3.2, true, 0),
                        "Rule_NoCapacityLeft", new Rating(false, null, "No ship-from-store capacity left today")),
                rule("has nothing", new Facts(false, 0.0, 3.2, true, 5), "Rule_HasNothing",
                        new Rating(false, null, "Has none of the items")),
                rule("everything, near", new Facts(true, 1.0, 3.2, true, 5), "Rule_HasEverythingNearby",
                        new Rating(true, 1, "Has everything, 3.2 km away")),
                rule("everything, exactly 10 km, capacity 1", new Facts(true, 1.0, 10.0, true, 1),
                        "Rule_HasEverythingNearby", new Rating(true, 1, "Has everything, 10.0 km away")),
                rule("everything, 10.1 km", new Facts(true, 1.0, 10.1, true, 5), "Rule_HasEverything",
                        new Rating(true, 2, "Has everything, 10.1 km away")),
                rule("everything, far but within the service area", new Facts(true, 1.0, 38.0, true, 5),
                        "Rule_HasEverything", new Rating(true, 2, "Has everything, 38.0 km away")),
                rule("half", new Facts(false, 0.5, 3.2, true, 5), "Rule_HasPart",
                        new Rating(true, 3, "Has 50% of the items, 3.2 km away")),
                rule("two of three, far", new Facts(false, 2.0 / 3, 12.4, true, 1), "Rule_HasPart",
                        new Rating(true, 3, "Has 67% of the items, 12.4 km away")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ratesAStore(String name, Facts facts, String rule, Rating expected) {
        Rating rating = TABLES.table.rate(facts);

        assertThat(TABLES.lastMatchedRule()).isEqualTo(rule);
        assertThat(rating).isEqualTo(expected);
        HIT.add(rule);
    }

    @Test
    void isAFirstHitTableWithTheKeyTheApplicationEvaluates() {
        Decision decision = Dmn.readModelFromFile(SourcingTables.FILE.toFile()).getModelElementById(SourcingDecision.KEY);

        assertThat(decision).as("decision " + SourcingDecision.KEY).isNotNull();
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as("history time to live").isNotBlank();
        assertThat(((DecisionTable) decision.getExpression()).getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    }

    @AfterAll
    static void everyRuleIsHitBySomeCase() {
        assertThat(HIT).as("rules hit by the cases above").isEqualTo(SourcingTables.ruleIds());
    }

    private static Arguments rule(String name, Facts facts, String rule, Rating expected) {
        return Arguments.of(name, facts, rule, expected);
    }
}
