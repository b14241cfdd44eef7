/** The order API the storefront and ops call: place, follow and cancel orders. */
package io.o2o.fulfilment.api;
