package io.o2o.fulfilment.ops;

import java.time.Instant;

/** The latest calls to one remote system, as far as health needs them. */
final class RemoteSystemState {

    private Instant lastCallAt;
    private Instant lastSuccessAt;
    private String lastError;
    private int failuresInARow;

    synchronized void record(boolean success, Instant at, String error) {
        lastCallAt = at;
        if (success) {
            lastSuccessAt = at;
            failuresInARow = 0;
        } else {
            lastError = error;
            failuresInARow++;
        }
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(lastCallAt, lastSuccessAt, lastError, failuresInARow);
    }

    record Snapshot(Instant lastCallAt, Instant lastSuccessAt, String lastError, int failuresInARow) {
    }
}
