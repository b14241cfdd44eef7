package io.o2o.fulfilment.order;

/** A new order and its access token in plain text, which exists only in this answer. */
public record PlacedOrder(Order order, String accessToken) {
}
