package io.o2o.fulfilment.process;

import io.o2o.fulfilment.port.Port;

/**
 * A port call failed technically. The message becomes the text ops read on the failing job and the
 * incident in Cockpit and in the order API: the port, the adapter that served it and what the remote
 * system answered, for example
 * {@code erp.post-sale via erp-rest: ERP answered 503 Service Unavailable: maintenance}; credentials
 * are masked ({@link FailureText}).
 */
class PortCallFailedException extends RuntimeException {

    PortCallFailedException(Port port, String adapter, Throwable cause) {
        super(FailureText.of(port.portName() + " via " + (adapter == null ? "no adapter" : adapter) + ": "
                + describe(cause)), cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
