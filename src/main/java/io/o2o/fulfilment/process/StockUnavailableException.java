package io.o2o.fulfilment.process;

/**
 * The WMS could not say how much stock there is just now; the message is the failed call's
 * ({@code wms.availability via wms-rest: WMS answered 503 ...}), for the log, not for customers.
 */
public class StockUnavailableException extends RuntimeException {

    StockUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
