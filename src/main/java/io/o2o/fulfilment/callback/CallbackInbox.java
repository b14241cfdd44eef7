package io.o2o.fulfilment.callback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Callbacks received, one row per deduplication key, until they reach their journey. */
@Repository
class CallbackInbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    CallbackInbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a callback once. Two copies arriving at the same instant both pass the look-up; the
     * unique key then fails the second one's transaction, and the partner's retry finds the first.
     *
     * @return false when a callback with this key was stored before: a replay
     */
    boolean store(String source, String deduplicationKey, String orderNumber, String messageName, String payload) {
        if (seen(deduplicationKey)) {
            return false;
        }
        jdbc.sql("""
                insert into callback_inbox (source, deduplication_key, order_number, message_name, payload,
                    received_at) values (?, ?, ?, ?, ?, ?)""")
                .params(source, deduplicationKey, orderNumber, messageName, payload, now())
                .update();
        return true;
    }

    /** Whether a callback with this key was stored before: a replay. */
    boolean seen(String deduplicationKey) {
        return jdbc.sql("select count(*) from callback_inbox where deduplication_key = ?")
                .param(deduplicationKey)
                .query(Long.class)
                .single() > 0;
    }

    void delivered(String deduplicationKey) {
        jdbc.sql("update callback_inbox set correlated_at = ?, attempts = attempts + 1 where deduplication_key = ?")
                .params(now(), deduplicationKey)
                .update();
    }

    void notDelivered(String deduplicationKey, String reason) {
        jdbc.sql("update callback_inbox set attempts = attempts + 1, last_error = ? where deduplication_key = ?")
                .params(reason, deduplicationKey)
                .update();
    }

    /** Callbacks not yet delivered that arrived within {@code maxAge}, oldest first. */
    List<PendingCallback> pending(Duration maxAge, int limit) {
        return jdbc.sql("""
                select deduplication_key, order_number, message_name from callback_inbox
                where correlated_at is null and received_at > ? order by received_at limit ?""")
                .params(Timestamp.from(Instant.now(clock).minus(maxAge)), limit)
                .query(PendingCallback.class)
                .list();
    }

    /**
     * Claims a callback for one redelivery attempt: of several nodes, only the one whose update
     * lands first gets it until {@code lease} has passed.
     */
    boolean claim(String deduplicationKey, Duration lease) {
        Instant now = Instant.now(clock);
        return jdbc.sql("""
                update callback_inbox set next_attempt_at = ? where deduplication_key = ? and correlated_at is null
                    and (next_attempt_at is null or next_attempt_at <= ?)""")
                .params(Timestamp.from(now.plus(lease)), deduplicationKey, Timestamp.from(now))
                .update() == 1;
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }

    record PendingCallback(String deduplicationKey, String orderNumber, String messageName) {
    }
}
