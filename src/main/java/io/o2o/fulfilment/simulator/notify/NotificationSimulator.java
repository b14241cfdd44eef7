package io.o2o.fulfilment.simulator.notify;

import io.o2o.fulfilment.simulator.FirstAnswers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simulated messaging gateway: every message it would send (SMS when there is a phone,
 * else e-mail) goes to an outbox that tests, demos and load drivers read. A message is sent once
 * per idempotency key.
 */
class NotificationSimulator {

    private final Clock clock;
    private final List<OutboxMessage> outbox = new ArrayList<>();
    private final FirstAnswers answers = new FirstAnswers();
    private int sequence;

    NotificationSimulator(Clock clock) {
        this.clock = clock;
    }

    /** Sends the message, or returns the one sent earlier under the same key. */
    synchronized FirstAnswers.Answer<OutboxMessage> send(String idempotencyKey, MessageRequest request) {
        return answers.once(idempotencyKey, () -> enqueue(idempotencyKey, request));
    }

    private OutboxMessage enqueue(String idempotencyKey, MessageRequest request) {
        Map<String, String> parameters = request.parameters() == null ? Map.of() : Map.copyOf(request.parameters());
        OutboxMessage message = new OutboxMessage("MSG-%06d".formatted(++sequence), idempotencyKey,
                request.orderNumber(), request.template(), request.phone() != null ? "SMS" : "EMAIL",
                request.customerName(), request.phone(), request.email(), parameters,
                MessageTemplates.render(request.template(), request.orderNumber(), request.customerName(), parameters),
                clock.instant());
        outbox.add(message);
        return message;
    }

    /** Sent messages, oldest first, filtered by order number and phone when given. */
    synchronized List<OutboxMessage> messages(String orderNumber, String phone) {
        return outbox.stream()
                .filter(m -> orderNumber == null || orderNumber.equals(m.orderNumber()))
                .filter(m -> phone == null || phone.equals(m.phone()))
                .toList();
    }

    record OutboxMessage(String messageId, String idempotencyKey, String orderNumber, String template, String channel,
            String customerName, String phone, String email, Map<String, String> parameters, String text,
            Instant createdAt) {
    }
}
