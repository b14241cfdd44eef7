/**
 * The order domain: orders, their lines, status and timeline. Knows nothing of the process
 * engine or of Camel; the journeys drive it through {@link io.o2o.fulfilment.order.OrderService}.
 */
package io.o2o.fulfilment.order;
