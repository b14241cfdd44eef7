package io.o2o.fulfilment.journey;

import io.o2o.fulfilment.port.Port;

/**
 * Translates between the order and one port's contract: builds the request from the order and
 * applies the answer to the order and the process. A business outcome (out of stock, declined)
 * is thrown as a {@link org.camunda.bpm.engine.delegate.BpmnError} for the model to handle.
 */
interface PortMapping<Q, R> {

    Port port();

    Q request(PortCall call);

    void apply(PortCall call, Q request, R result);
}
