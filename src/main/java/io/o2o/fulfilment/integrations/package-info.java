/**
 * What every adapter under {@code integrations/} relies on without naming it: their settings files
 * and their YAML routes are found by pattern, so adding an adapter touches only its own folder.
 * The adapters themselves live in {@code integrations/<adapter>/}, in sub-packages of this one.
 */
package io.o2o.fulfilment.integrations;
