/** Stores: where orders are fulfilled and which journeys each store offers. */
package io.o2o.fulfilment.store;
