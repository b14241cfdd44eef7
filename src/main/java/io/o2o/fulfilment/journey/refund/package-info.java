/**
 * What {@code refund-payment} adds: choosing between releasing an authorisation and a refund, and
 * recording a refund that ops paid out by hand after the wallet refused it.
 */
package io.o2o.fulfilment.journey.refund;
