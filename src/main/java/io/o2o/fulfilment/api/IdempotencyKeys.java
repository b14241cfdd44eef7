package io.o2o.fulfilment.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Client idempotency keys of the order API and the order each one created. */
@Repository
class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<UsedKey> find(String key) {
        return jdbc.sql("select request_hash, order_number from api_idempotency_key where idempotency_key = ?")
                .param(key)
                .query(UsedKey.class)
                .optional();
    }

    /** Throws DuplicateKeyException when another request took the key first. */
    void claim(String key, String requestHash, String orderNumber) {
        jdbc.sql("""
                insert into api_idempotency_key (idempotency_key, request_hash, order_number, created_at)
                values (?, ?, ?, ?)""")
                .params(key, requestHash, orderNumber, Timestamp.from(Instant.now(clock)))
                .update();
    }

    record UsedKey(String requestHash, String orderNumber) {
    }
}
