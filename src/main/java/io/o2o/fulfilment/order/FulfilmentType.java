package io.o2o.fulfilment.order;

/** How the customer receives the order. */
public enum FulfilmentType {
    CLICK_AND_COLLECT
}
