/**
 * What ops watch: Micrometer metrics of orders and port calls, a health indicator per remote
 * system, and the order number on every log line about an order (MDC key {@code orderNumber}).
 * Depends on nothing of the application but the port catalogue; the journeys and the port client
 * report to it.
 */
package io.o2o.fulfilment.ops;
