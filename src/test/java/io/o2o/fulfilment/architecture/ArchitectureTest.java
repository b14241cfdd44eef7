package io.o2o.fulfilment.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers of the design apart: domain, journeys and ports, adapters, simulators. */
@AnalyzeClasses(packages = "io.o2o.fulfilment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"..fulfilment.order..", "..fulfilment.catalogue..",
            "..fulfilment.store..", "..fulfilment.payment.."};

    @ArchTest
    static final ArchRule journeysBuildOnTheEngineGlueNotTheOtherWayRound = noClasses()
            .that().resideInAPackage("..fulfilment.process..")
            .should().dependOnClassesThat().resideInAPackage("..fulfilment.journey..")
            .because("process/ is shared by every journey; what one journey adds lives in journey/<name>");

    @ArchTest
    static final ArchRule domainKnowsNeitherEngineNorCamel = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "org.apache.camel..")
            .because("the order domain is driven by the journeys, not built on them");

    @ArchTest
    static final ArchRule domainDoesNotReachUp = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("..fulfilment.journey..", "..fulfilment.process..",
                    "..fulfilment.api..",
                    "..fulfilment.callback..", "..fulfilment.integrations..", "..fulfilment.simulator..");

    @ArchTest
    static final ArchRule adaptersAreReachedOnlyThroughPorts = noClasses()
            .that().resideOutsideOfPackage("..fulfilment.integrations..")
            .should().dependOnClassesThat().resideInAPackage("..fulfilment.integrations..")
            .because("processes and domain call ports (direct:<port>); configuration picks the adapter");

    @ArchTest
    static final ArchRule adaptersSeeOnlyThePortContracts = classes()
            .that().resideInAPackage("..fulfilment.integrations..")
            .should().onlyDependOnClassesThat(resideInAnyOf("..fulfilment.integrations..", "..fulfilment.port..",
                    "java..", "javax..", "jakarta..", "org.apache.camel..", "org.springframework..",
                    "com.fasterxml.jackson..", "org.slf4j.."));

    @ArchTest
    static final ArchRule simulatorsAreIndependentOfTheApplication = noClasses()
            .that().resideInAPackage("..fulfilment.simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("..fulfilment.integrations..",
                    "..fulfilment.order..", "..fulfilment.journey..", "..fulfilment.payment..",
                    "..fulfilment.callback..", "..fulfilment.api..")
            .because("a simulator stands in for a partner's system and shares no code with our side");

    @ArchTest
    static final ArchRule onlyTheJourneysDriveTheEngine = noClasses()
            .that().resideOutsideOfPackages("..fulfilment.process..", "..fulfilment.journey..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.HistoryService")
            .because("the engine is called from one place");

    private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>
            resideInAnyOf(String... packages) {
        return com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(packages);
    }
}
