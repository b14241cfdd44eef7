/** The product catalogue: SKUs and their prices, which the order API trusts over any client. */
package io.o2o.fulfilment.catalogue;
