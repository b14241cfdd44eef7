package io.o2o.fulfilment.port;

/**
 * A technical failure of an external system. The message carries the remote system's own words
 * (status, code, message) so that the incident in Cockpit tells ops what happened.
 */
public class RemoteSystemException extends RuntimeException {

    public RemoteSystemException(String message) {
        super(message);
    }

    public RemoteSystemException(String message, Throwable cause) {
        super(message, cause);
    }
}
