package io.o2o.fulfilment.simulator.momo;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.o2o.fulfilment.simulator.SimulatedFaults;
import java.net.URI;
import java.net.URLEncoder;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * MoMo's API under {@code /sim/momo/v2/gateway/api/...}, the pay page behind {@code payUrl}, an
 * order's state under {@code /sim/momo/orders/{orderId}}, and
 * {@code POST /sim/momo/ipn/{orderId}/resend} to replay the last IPN of an order.
 */
@RestController
@RequestMapping("/sim/momo")
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class MomoSimulatorController {

    private static final String SYSTEM = "momo";

    private final MomoSimulator simulator;
    private final SimulatedFaults.Switch faults;

    MomoSimulatorController(MomoSimulator simulator, SimulatedFaults faults) {
        this.simulator = simulator;
        this.faults = faults.forSystem(SYSTEM);
    }

    @PostMapping("/v2/gateway/api/create")
    Map<String, Object> create(@RequestBody Map<String, Object> request) {
        faults.failIfArmed();
        return simulator.create(request);
    }

    @PostMapping("/v2/gateway/api/query")
    Map<String, Object> query(@RequestBody Map<String, Object> request) {
        faults.failIfArmed();
        return simulator.query(request);
    }

    @PostMapping("/v2/gateway/api/refund")
    Map<String, Object> refund(@RequestBody Map<String, Object> request) {
        faults.failIfArmed();
        return simulator.refund(request);
    }

    @PostMapping("/v2/gateway/api/confirm")
    Map<String, Object> confirm(@RequestBody Map<String, Object> request) {
        faults.failIfArmed();
        return simulator.confirm(request);
    }

    /** The merchant portal's view of an order (not MoMo's API): tests read the partner's effects here. */
    @GetMapping("/orders/{orderId}")
    ResponseEntity<Map<String, Object>> order(@PathVariable String orderId) {
        return ResponseEntity.of(simulator.order(orderId));
    }

    @GetMapping(path = "/pay/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> payPage(@PathVariable String token) {
        return simulator.payPage(token)
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).body("Unknown payment link"));
    }

    /**
     * The customer's button. Browsers are sent to the shop's redirectUrl with the IPN's fields, like
     * MoMo does; clients that accept JSON (tests, load drivers) get the fields as JSON.
     */
    @PostMapping("/pay/{token}")
    ResponseEntity<?> decide(@PathVariable String token, @RequestParam String action,
            @RequestHeader(name = "Accept", defaultValue = "") String accept) {
        if (!"pay".equals(action) && !"decline".equals(action)) {
            return ResponseEntity.badRequest().body(Map.of("message", "action must be pay or decline"));
        }
        Map<String, Object> ipn = simulator.decide(token, "pay".equals(action)).orElse(null);
        if (ipn == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "unknown payment link"));
        }
        if (accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            return ResponseEntity.ok(ipn);
        }
        String redirectUrl = simulator.redirectUrl(token).orElse("");
        if (redirectUrl.isBlank()) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(MomoPayPage.resultPage(ipn));
        }
        // URLEncoder also escapes '+' of base64 extraData, which a query string would read as a space
        String query = ipn.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(String.valueOf(field.getValue()), UTF_8))
                .collect(Collectors.joining("&"));
        URI location = URI.create(redirectUrl + (redirectUrl.contains("?") ? "&" : "?") + query);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(location).build();
    }

    @PostMapping("/ipn/{orderId}/resend")
    ResponseEntity<Map<String, Object>> resendIpn(@PathVariable String orderId) {
        return simulator.resendIpn(orderId)
                .map(status -> ResponseEntity.ok(Map.<String, Object>of("orderId", orderId, "shopAnswered", status)))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("message", "no IPN sent yet for orderId " + orderId)));
    }
}
