package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.FulfilmentType;
import io.o2o.fulfilment.order.Order;
import java.util.Map;

/** A customer journey: the process that fulfils orders of one type, and what it starts with. */
public interface Journey {

    FulfilmentType fulfilmentType();

    String processKey();

    /** Settings in force when the order is placed, so that a change applies to new orders only. */
    Map<String, Object> startVariables(Order order);
}
