/**
 * Simulators: realistic stand-ins for the external systems (MoMo, ZaloPay, GHN, WMS, ERP, notifications),
 * served over real HTTP under {@code /sim/<system>/...} when {@code o2o.simulators.enabled=true},
 * so that the demo and the tests run the real adapters end to end. State is in memory.
 */
package io.o2o.fulfilment.simulator;
