package io.o2o.fulfilment.simulator.notify;

import io.o2o.fulfilment.simulator.IdempotentJournal;
import io.o2o.fulfilment.simulator.SimulatedFaults;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The simulated messaging gateway's REST API under {@code /sim/notify}; see integrations/notify/README.md. */
@RestController
@RequestMapping("/sim/notify")
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class NotificationSimulatorController {

    private final NotificationSimulator gateway;
    private final SimulatedFaults.Switch faults;

    NotificationSimulatorController(NotificationSimulator gateway, SimulatedFaults faults) {
        this.gateway = gateway;
        this.faults = faults.forSystem("notify");
    }

    /** 201 with the new message; 200 with the first message when the key was seen before. */
    @PostMapping("/messages")
    ResponseEntity<NotificationSimulator.OutboxMessage> send(
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @Valid @RequestBody MessageRequest request) {
        faults.failIfArmed();
        return IdempotentJournal.respond(key, request.idempotencyKey(),
                idempotencyKey -> gateway.send(idempotencyKey, request));
    }

    @GetMapping("/messages")
    List<NotificationSimulator.OutboxMessage> messages(@RequestParam(required = false) String orderNumber,
            @RequestParam(required = false) String phone) {
        return gateway.messages(orderNumber, phone);
    }
}
