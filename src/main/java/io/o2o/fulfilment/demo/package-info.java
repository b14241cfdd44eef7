/** The demo profile's people: an ops user and a staff user per store, with the demo password. */
package io.o2o.fulfilment.demo;
