package io.o2o.fulfilment.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FirstAnswersTest {

    private final FirstAnswers answers = new FirstAnswers();
    private final AtomicInteger work = new AtomicInteger();

    @Test
    void aRepeatedKeyGetsTheFirstAnswerWithoutTheWork() {
        var first = answers.once("k1", work::incrementAndGet);
        var again = answers.once("k1", work::incrementAndGet);

        assertThat(first).isEqualTo(new FirstAnswers.Answer<>(1, false));
        assertThat(again).isEqualTo(new FirstAnswers.Answer<>(1, true));
    }

    @Test
    void withoutAKeyOrAfterAFailureTheWorkIsDoneAgain() {
        answers.once(null, work::incrementAndGet);
        answers.once(null, work::incrementAndGet);
        assertThatThrownBy(() -> answers.once("k2", () -> {
            throw new IllegalStateException("down");
        }));

        assertThat(answers.once("k2", work::incrementAndGet)).isEqualTo(new FirstAnswers.Answer<>(3, false));
    }
}
