package io.o2o.fulfilment.simulator.ghn;

import static io.o2o.fulfilment.simulator.RequestFields.text;

import io.o2o.fulfilment.simulator.SimulatedFaults;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GHN's public API v2 under {@code /sim/ghn/shiip/public-api/v2/...}: every call a JSON POST with
 * headers {@code Token} and {@code ShopId}, every answer GHN's envelope {@code {code, message, data}}.
 * The operator's controls are in {@link GhnSimulatorControls}.
 */
@RestController
@RequestMapping("/sim/ghn/shiip/public-api/v2")
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class GhnSimulatorController {

    private static final String SYSTEM = "ghn";

    private final GhnSimulator simulator;
    private final SimulatedFaults.Switch faults;

    GhnSimulatorController(GhnSimulator simulator, SimulatedFaults faults) {
        this.simulator = simulator;
        this.faults = faults.forSystem(SYSTEM);
    }

    @PostMapping("/shipping-order/fee")
    ResponseEntity<Map<String, Object>> fee(@RequestHeader HttpHeaders headers,
            @RequestBody Map<String, Object> request) {
        return answer(headers, shop -> simulator.fee(request));
    }

    @PostMapping("/shipping-order/leadtime")
    ResponseEntity<Map<String, Object>> leadtime(@RequestHeader HttpHeaders headers,
            @RequestBody Map<String, Object> request) {
        return answer(headers, shop -> simulator.leadtime(request));
    }

    @PostMapping("/shipping-order/create")
    ResponseEntity<Map<String, Object>> create(@RequestHeader HttpHeaders headers,
            @RequestBody Map<String, Object> request) {
        return answer(headers, shop -> simulator.create(shop, request));
    }

    @PostMapping("/shipping-order/detail")
    ResponseEntity<Map<String, Object>> detail(@RequestHeader HttpHeaders headers,
            @RequestBody Map<String, Object> request) {
        return answer(headers, shop -> simulator.detail(text(request, "order_code")));
    }

    @PostMapping("/shipping-order/detail-by-client-code")
    ResponseEntity<Map<String, Object>> detailByClientCode(@RequestHeader HttpHeaders headers,
            @RequestBody Map<String, Object> request) {
        return answer(headers, shop -> simulator.detailByClientOrderCode(text(request, "client_order_code")));
    }

    @PostMapping("/switch-status/cancel")
    ResponseEntity<Map<String, Object>> cancel(@RequestHeader HttpHeaders headers,
            @RequestBody Map<String, Object> request) {
        return answer(headers, shop -> simulator.cancel(orderCodes(request)));
    }

    @PostMapping("/switch-status/return")
    ResponseEntity<Map<String, Object>> returnToShop(@RequestHeader HttpHeaders headers,
            @RequestBody Map<String, Object> request) {
        return answer(headers, shop -> simulator.returnToShop(orderCodes(request)));
    }

    /** A body that is not JSON, answered as GHN answers it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return GhnError.refused("code=400, message=Syntax error: the body is not JSON").response();
    }

    /** The call for the shop in the headers, once the token is checked; GHN's envelope around its answer. */
    private ResponseEntity<Map<String, Object>> answer(HttpHeaders headers, LongFunction<Object> call) {
        faults.failIfArmed();
        try {
            return GhnError.success(call.apply(simulator.authenticate(headers.getFirst("Token"),
                    headers.getFirst("ShopId"))));
        } catch (GhnError e) {
            return e.response();
        }
    }

    private static List<String> orderCodes(Map<String, Object> request) {
        return request.get("order_codes") instanceof List<?> codes ? codes.stream().map(String::valueOf).toList()
                : List.of();
    }
}
