package io.o2o.fulfilment.simulator.zalopay;

import io.o2o.fulfilment.simulator.SimulatedFaults;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * ZaloPay's v2 API under {@code /sim/zalopay/v2/...}, the pay page behind {@code order_url},
 * {@code POST /sim/zalopay/callbacks/{appTransId}/resend} to replay a callback, and
 * {@code POST /sim/zalopay/refunds/processing {"enabled":true}} to make refunds answer "processing".
 */
@RestController
@RequestMapping("/sim/zalopay")
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class ZalopaySimulatorController {

    private static final String SYSTEM = "zalopay";

    private final ZalopaySimulator simulator;
    private final SimulatedFaults.Switch faults;

    ZalopaySimulatorController(ZalopaySimulator simulator, SimulatedFaults faults) {
        this.simulator = simulator;
        this.faults = faults.forSystem(SYSTEM);
    }

    @PostMapping("/v2/create")
    Map<String, Object> create(@RequestBody Map<String, Object> request) {
        faults.failIfArmed();
        return simulator.create(request);
    }

    @PostMapping("/v2/query")
    Map<String, Object> query(@RequestBody Map<String, Object> request) {
        faults.failIfArmed();
        return simulator.query(request);
    }

    @PostMapping("/v2/refund")
    Map<String, Object> refund(@RequestBody Map<String, Object> request) {
        faults.failIfArmed();
        return simulator.refund(request);
    }

    @PostMapping("/v2/query_refund")
    Map<String, Object> queryRefund(@RequestBody Map<String, Object> request) {
        faults.failIfArmed();
        return simulator.queryRefund(request);
    }

    /** The merchant portal's view of an order (not ZaloPay's API): tests read the partner's effects here. */
    @GetMapping("/orders/{appTransId}")
    ResponseEntity<Map<String, Object>> order(@PathVariable String appTransId) {
        return ResponseEntity.of(simulator.portalView(appTransId));
    }

    @GetMapping(path = "/pay/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> payPage(@PathVariable String token) {
        return simulator.order(token)
                .map(order -> ResponseEntity.ok(ZalopayPayPage.render(order, simulator.expired(order))))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).body("Unknown order"));
    }

    /** The customer's button; answers the page again, now showing the outcome. */
    @PostMapping(path = "/pay/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> decide(@PathVariable String token, @RequestParam String action) {
        if (!"pay".equals(action) && !"decline".equals(action)) {
            return ResponseEntity.badRequest().body("action must be pay or decline");
        }
        return simulator.decide(token, "pay".equals(action))
                .map(order -> ResponseEntity.ok(ZalopayPayPage.render(order, simulator.expired(order))))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).body("Unknown order"));
    }

    @PostMapping("/callbacks/{appTransId}/resend")
    ResponseEntity<Map<String, Object>> resendCallback(@PathVariable String appTransId) {
        return simulator.resendCallback(appTransId)
                .map(answer -> ResponseEntity.ok(Map.of("appTransId", appTransId, "shopAnswered", answer)))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("message", "no callback sent yet for app_trans_id " + appTransId)));
    }

    @PostMapping("/refunds/processing")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void refundsProcessing(@RequestBody Map<String, Boolean> request) {
        simulator.refundsProcessing(Boolean.TRUE.equals(request.get("enabled")));
    }
}
