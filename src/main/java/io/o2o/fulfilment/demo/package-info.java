/** The demo profile's people: an ops user and a staff user per store, with their authorizations. */
package io.o2o.fulfilment.demo;
