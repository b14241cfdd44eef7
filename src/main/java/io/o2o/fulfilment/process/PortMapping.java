package io.o2o.fulfilment.process;

import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.PortResult;

/**
 * Translates between the order and one port's contract: builds the request from the order and
 * hands the answer to the domain ({@code order}, {@code payment}) that records it. Business
 * refusals in the answer are turned into BPMN errors by the port task, not here.
 */
interface PortMapping<Q, R extends PortResult> {

    Port port();

    /**
     * Whether the call still has something to do when its job runs; a call made moot meanwhile (the
     * money was captured by another path) is skipped rather than sent.
     */
    default boolean due(PortCall call) {
        return true;
    }

    Q request(PortCall call);

    void apply(PortCall call, Q request, R result);
}
