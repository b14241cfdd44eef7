package io.o2o.fulfilment.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class IdempotentJournalTest {

    private final IdempotentJournal<String> journal = new IdempotentJournal<>();

    @Test
    void numbersEntriesInOrderAndAFailureUsesNoNumber() {
        journal.record("k1", n -> "A-" + n);
        assertThatThrownBy(() -> journal.record("k2", n -> {
            throw new IllegalStateException("refused");
        }));
        var repeated = journal.record("k1", n -> "X-" + n);
        journal.record(null, n -> "B-" + n);

        assertThat(repeated).isEqualTo(new FirstAnswers.Answer<>("A-1", true));
        assertThat(journal.entries(e -> true)).containsExactly("A-1", "B-2");
        assertThat(journal.entries(e -> e.startsWith("B"))).containsExactly("B-2");
    }

    @Test
    void theHeaderKeyWinsAndARepeatIsAnsweredWith200() {
        var created = IdempotentJournal.respond(null, "body-key", key -> journal.record(key, n -> key));
        var repeated = IdempotentJournal.respond("body-key", "other", key -> journal.record(key, n -> "again"));
        var byHeader = IdempotentJournal.respond("header-key", "body-key", key -> journal.record(key, n -> key));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).isEqualTo("body-key");
        assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repeated.getBody()).isEqualTo("body-key");
        assertThat(byHeader.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(byHeader.getBody()).isEqualTo("header-key");
    }
}
