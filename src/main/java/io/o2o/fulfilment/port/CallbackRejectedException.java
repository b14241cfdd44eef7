package io.o2o.fulfilment.port;

/** A callback that is authentic in form but does not match what the application knows. */
public class CallbackRejectedException extends RuntimeException {

    public CallbackRejectedException(String message) {
        super(message);
    }
}
