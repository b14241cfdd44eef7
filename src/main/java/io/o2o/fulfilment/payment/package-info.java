/**
 * Payments and refunds with wallets as the application records them: one row per payment attempt
 * and per refund, keyed by the id sent to the wallet.
 */
package io.o2o.fulfilment.payment;
