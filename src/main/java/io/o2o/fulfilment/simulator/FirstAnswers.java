package io.o2o.fulfilment.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The first answer given per idempotency key: a repeated call gets it again and the work is not
 * done twice. A call without a key is always new; a call that fails is not remembered. Not
 * thread-safe by itself: the simulators call it under their own lock.
 */
public final class FirstAnswers {

    private final Map<String, Object> answers = new HashMap<>();

    @SuppressWarnings("unchecked")
    public <T> Answer<T> once(String idempotencyKey, Supplier<T> work) {
        if (idempotencyKey == null) {
            return new Answer<>(work.get(), false);
        }
        T earlier = (T) answers.get(idempotencyKey);
        if (earlier != null) {
            return new Answer<>(earlier, true);
        }
        T answer = work.get();
        answers.put(idempotencyKey, answer);
        return new Answer<>(answer, false);
    }

    /** An answer and whether it was given before. */
    public record Answer<T>(T value, boolean repeated) {
    }
}
