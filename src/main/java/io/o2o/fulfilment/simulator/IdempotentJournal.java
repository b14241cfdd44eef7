package io.o2o.fulfilment.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a partner system records once per idempotency key (the ERP's sales, the gateway's
 * messages): entries numbered 1, 2, ... in the order they were recorded. A repeated key gets the
 * first entry back; an entry that fails is neither recorded nor numbered. Thread-safe.
 */
public final class IdempotentJournal<T> {

    private final List<T> entries = new ArrayList<>();
    private final FirstAnswers answers = new FirstAnswers();

    /** Records the entry {@code entry} makes of the next sequence number, or returns the one recorded under the key. */
    public synchronized FirstAnswers.Answer<T> record(String idempotencyKey, IntFunction<T> entry) {
        return answers.once(idempotencyKey, () -> {
            // entries are never removed, so the next number is one more than their count
            T recorded = entry.apply(entries.size() + 1);
            entries.add(recorded);
            return recorded;
        });
    }

    /** The recorded entries that match, oldest first. */
    public synchronized List<T> entries(Predicate<? super T> filter) {
        return entries.stream().filter(filter).toList();
    }

    /**
     * A recording POST as the partners' APIs answer it: the key of the {@code Idempotency-Key}
     * header, else the body's; 201 with a new entry, 200 with the first one for a repeated key.
     */
    public static <T> ResponseEntity<T> respond(String headerKey, String bodyKey,
            Function<String, FirstAnswers.Answer<T>> record) {
        FirstAnswers.Answer<T> answer = record.apply(headerKey != null ? headerKey : bodyKey);
        return ResponseEntity.status(answer.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(answer.value());
    }
}
