package io.o2o.fulfilment.process;

import io.o2o.fulfilment.port.Port;

/** A port call failed technically; the message becomes the incident text ops read in Cockpit. */
class PortCallFailedException extends RuntimeException {

    PortCallFailedException(Port port, Throwable cause) {
        super(port.portName() + " failed: " + cause.getMessage(), cause);
    }
}
