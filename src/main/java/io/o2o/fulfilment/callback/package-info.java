/**
 * Callbacks from partners after their adapter authenticated them: checked against the
 * application's records, stored once in the inbox (a replay changes nothing) and correlated with
 * the waiting journey, now or by redelivery when the journey does not wait yet.
 */
package io.o2o.fulfilment.callback;
