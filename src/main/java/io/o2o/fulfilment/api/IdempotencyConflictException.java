package io.o2o.fulfilment.api;

/** An Idempotency-Key reused with a different request. */
class IdempotencyConflictException extends RuntimeException {

    IdempotencyConflictException(String key, String orderNumber) {
        super("Idempotency-Key '" + key + "' was already used for order " + orderNumber
                + " with a different request; use a new key for a new order");
    }
}
