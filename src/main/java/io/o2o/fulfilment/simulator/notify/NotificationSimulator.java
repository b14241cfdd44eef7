package io.o2o.fulfilment.simulator.notify;

import io.o2o.fulfilment.simulator.FirstAnswers;
import io.o2o.fulfilment.simulator.IdempotentJournal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulated messaging gateway: every message it would send (SMS when there is a phone,
 * else e-mail) goes to an outbox that tests, demos and load drivers read. A message is sent once
 * per idempotency key.
 */
@Component
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class NotificationSimulator {

    private final Clock clock;
    private final IdempotentJournal<OutboxMessage> outbox = new IdempotentJournal<>();

    NotificationSimulator(Clock clock) {
        this.clock = clock;
    }

    /** Sends the message, or returns the one sent earlier under the same key. */
    FirstAnswers.Answer<OutboxMessage> send(String idempotencyKey, MessageRequest request) {
        return outbox.record(idempotencyKey, sequence -> message(sequence, idempotencyKey, request));
    }

    private OutboxMessage message(int sequence, String idempotencyKey, MessageRequest request) {
        Map<String, String> parameters = request.parameters() == null ? Map.of() : Map.copyOf(request.parameters());
        return new OutboxMessage("MSG-%06d".formatted(sequence), idempotencyKey,
                request.orderNumber(), request.template(), request.phone() != null ? "SMS" : "EMAIL",
                request.customerName(), request.phone(), request.email(), parameters,
                MessageTemplates.render(request.template(), request.orderNumber(), request.customerName(), parameters),
                clock.instant());
    }

    /** Sent messages, oldest first, filtered by order number and phone when given. */
    List<OutboxMessage> messages(String orderNumber, String phone) {
        return outbox.entries(m -> (orderNumber == null || orderNumber.equals(m.orderNumber()))
                && (phone == null || phone.equals(m.phone())));
    }

    record OutboxMessage(String messageId, String idempotencyKey, String orderNumber, String template, String channel,
            String customerName, String phone, String email, Map<String, String> parameters, String text,
            Instant createdAt) {
    }
}
