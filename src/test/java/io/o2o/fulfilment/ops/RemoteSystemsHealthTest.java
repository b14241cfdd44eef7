package io.o2o.fulfilment.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class RemoteSystemsHealthTest {

    private final RemoteSystemState state = new RemoteSystemState();
    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void upBeforeAnyCall() {
        assertThat(health().getStatus()).isEqualTo(Status.UP);
        assertThat(health().getDetails()).containsEntry("calls", "none yet");
    }

    @Test
    void downWithTheLastErrorOnlyOnceEnoughCallsInARowFailed() {
        state.record(true, now, null);
        state.record(false, now.plusSeconds(1), "503 Service Unavailable");
        state.record(false, now.plusSeconds(2), "503 Service Unavailable");
        assertThat(health().getStatus()).isEqualTo(Status.UP);
        state.record(false, now.plusSeconds(3), "connect timed out");
        assertThat(health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health().getDetails()).containsEntry("lastError", "connect timed out")
                .containsEntry("failuresInARow", 3).containsEntry("lastSuccessAt", now.toString());

        state.record(true, now.plusSeconds(4), null);
        assertThat(health().getStatus()).isEqualTo(Status.UP);
    }

    private Health health() {
        return RemoteSystemsHealth.indicator(state, 3).health();
    }
}
