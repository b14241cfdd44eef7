/**
 * The glue between the BPMN journeys and the rest: starting and correlating processes (only
 * {@link io.o2o.fulfilment.journey.JourneyEngine} calls the engine), the generic port task that runs
 * any port through Camel, the per-port mappings between order and port contracts, and the small
 * local steps (record a pick, issue a pickup code, ...).
 */
package io.o2o.fulfilment.process;
