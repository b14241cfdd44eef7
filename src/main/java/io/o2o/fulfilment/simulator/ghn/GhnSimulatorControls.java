package io.o2o.fulfilment.simulator.ghn;

import io.o2o.fulfilment.simulator.SimulatorException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What GHN's couriers and portal do, for the operator and the tests (not GHN's API): move an order
 * on ({@code advance}), set an odd status ({@code status}), replay its last webhook or push any
 * webhook, and look at an order as GHN's portal shows it. Faults: {@code /sim/ghn/faults}.
 */
@RestController
@RequestMapping("/sim/ghn")
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class GhnSimulatorControls {

    private final GhnSimulator simulator;

    GhnSimulatorControls(GhnSimulator simulator) {
        this.simulator = simulator;
    }

    /**
     * {@code {"to":"delivered"}}; {@code {"to":"delivery_fail","reason":"Khách không nghe máy"}} is a
     * failed attempt.
     */
    @PostMapping("/orders/{orderCode}/advance")
    Map<String, Object> advance(@PathVariable String orderCode, @RequestBody Advance request) {
        if (request.to() == null || request.to().isBlank()) {
            throw SimulatorException.unprocessable("say where to: {\"to\":\"delivered\"}");
        }
        known(orderCode);
        List<String> pushed = simulator.advance(orderCode, request.to(), request.reason());
        return Map.of("orderCode", orderCode, "pushed", pushed);
    }

    /** {@code {"status":"lost"}}, optionally {@code "codAmount"} (what the courier collected) and {@code "reason"}. */
    @PostMapping("/orders/{orderCode}/status")
    Map<String, Object> status(@PathVariable String orderCode, @RequestBody StatusChange request) {
        known(orderCode);
        simulator.setStatus(orderCode, request.status(), request.codAmount(), request.reason());
        return Map.of("orderCode", orderCode, "pushed", List.of(request.status()));
    }

    @PostMapping("/orders/{orderCode}/webhooks/resend")
    ResponseEntity<String> resend(@PathVariable String orderCode) {
        String webhook = simulator.resendLastWebhook(orderCode)
                .orElseThrow(() -> SimulatorException.notFound("GHN has no order " + orderCode));
        return ResponseEntity.status(HttpStatus.ACCEPTED).header("Content-Type", "application/json").body(webhook);
    }

    /** Any webhook body, sent as given through the same sender (in order with the order's other webhooks). */
    @PostMapping("/webhooks")
    ResponseEntity<Void> push(@RequestBody String webhook) {
        simulator.pushRaw(webhook);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/orders/{orderCode}")
    Map<String, Object> order(@PathVariable String orderCode) {
        return known(orderCode);
    }

    @GetMapping("/orders")
    List<Map<String, Object>> orders(@RequestParam String clientOrderCode) {
        return simulator.portalViewByClientOrderCode(clientOrderCode);
    }

    private Map<String, Object> known(String orderCode) {
        return simulator.portalView(orderCode)
                .orElseThrow(() -> SimulatorException.notFound("GHN has no order " + orderCode));
    }

    record Advance(String to, String reason) {
    }

    record StatusChange(String status, Long codAmount, String reason) {
    }
}
