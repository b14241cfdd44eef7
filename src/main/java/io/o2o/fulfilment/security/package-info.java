/**
 * Who may do what: one user base (the engine's identity service) for Cockpit, Tasklist, the
 * engine's REST API and the order API's staff and ops operations.
 */
package io.o2o.fulfilment.security;
