package io.o2o.fulfilment.order;

import java.time.Instant;

/** A line of the order's timeline, in words. */
public record OrderEvent(Instant occurredAt, String type, String description) {
}
