/**
 * Ports: the canonical contracts between the processes and the outside world.
 *
 * <p>Each port is a Camel endpoint {@code direct:<port>} (for example {@code direct:wms.reserve})
 * taking and returning JSON shaped like the records here. Configuration picks the adapter that
 * serves a port; the processes and the domain know only these names and records.
 */
package io.o2o.fulfilment.port;
