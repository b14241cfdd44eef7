package io.o2o.fulfilment.simulator.wms;

import io.o2o.fulfilment.simulator.IdempotentJournal;
import io.o2o.fulfilment.simulator.SimulatedFaults;
import io.o2o.fulfilment.simulator.SimulatorException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The simulated WMS's REST API under {@code /sim/wms}; see integrations/wms/README.md. */
@RestController
@RequestMapping("/sim/wms")
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class WmsSimulatorController {

    private final WmsSimulator wms;
    private final SimulatedFaults.Switch faults;

    WmsSimulatorController(WmsSimulator wms, SimulatedFaults faults) {
        this.wms = wms;
        this.faults = faults.forSystem("wms");
    }

    @PostMapping("/reservations")
    ResponseEntity<Reservation.View> reserve(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @Valid @RequestBody ReserveRequest request) {
        faults.failIfArmed();
        var outcome = wms.reserve(key != null ? key : request.idempotencyKey(), request.orderNumber(),
                request.storeId(), request.lines());
        if (outcome.reservation() == null) {
            throw new SimulatorException(HttpStatus.CONFLICT, "insufficient stock in store " + request.storeId(),
                    Map.of("error", "INSUFFICIENT_STOCK", "shortages", outcome.shortages()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(outcome.reservation());
    }

    @PostMapping("/reservations/{reservationId}/release")
    Reservation.View release(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @PathVariable String reservationId, @Valid @RequestBody(required = false) MovementRequest request) {
        faults.failIfArmed();
        return wms.release(key(key, request), reservationId, request == null ? null : request.lines());
    }

    /** Releases whatever the order holds at the store, and closes the order to later reservations. */
    @PostMapping("/reservations/release-for-order")
    ReleasedOrder releaseForOrder(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @Valid @RequestBody OrderRelease request) {
        faults.failIfArmed();
        return new ReleasedOrder(request.orderNumber(), request.storeId(), "RELEASED",
                wms.releaseOrder(key != null ? key : request.idempotencyKey(), request.orderNumber(),
                        request.storeId()));
    }

    @GetMapping(path = "/reservations", params = "orderNumber")
    List<Reservation.View> reservationsOf(@RequestParam String orderNumber) {
        return wms.reservationsOf(orderNumber);
    }

    @PostMapping("/reservations/{reservationId}/commit")
    Reservation.View commit(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @PathVariable String reservationId, @Valid @RequestBody(required = false) MovementRequest request) {
        faults.failIfArmed();
        return wms.commit(key(key, request), reservationId, request == null ? null : request.lines());
    }

    /** What the stores can sell now (on hand minus held), per SKU: a read, POST only for the lists it takes. */
    @PostMapping("/availability")
    Availability availability(@Valid @RequestBody AvailabilityRequest request) {
        faults.failIfArmed();
        return new Availability(wms.availability(request.skus(), request.storeIds()));
    }

    /** Goods back on a store's shelves; 201 the first time, 200 with the same answer for a repeated key. */
    @PostMapping("/restocks")
    ResponseEntity<WmsSimulator.Restock> restock(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @Valid @RequestBody RestockRequest request) {
        faults.failIfArmed();
        return IdempotentJournal.respond(key, request.idempotencyKey(),
                k -> wms.restock(k, request.orderNumber(), request.storeId(), request.lines()));
    }

    @GetMapping(path = "/restocks", params = "orderNumber")
    List<WmsSimulator.Restock> restocksOf(@RequestParam String orderNumber) {
        return wms.restocksOf(orderNumber);
    }

    @GetMapping("/reservations/{reservationId}")
    Reservation.View reservation(@PathVariable String reservationId) {
        return wms.find(reservationId);
    }

    @GetMapping("/stock/{storeId}")
    List<WmsSimulator.StockView> stock(@PathVariable String storeId) {
        return wms.stock(storeId);
    }

    @GetMapping("/stock/{storeId}/{sku}")
    WmsSimulator.StockView stock(@PathVariable String storeId, @PathVariable String sku) {
        return wms.stock(storeId, sku);
    }

    /** Sets on-hand stock, for demos and tests that need a shelf full or empty. */
    @PutMapping("/stock/{storeId}/{sku}")
    WmsSimulator.StockView setStock(@PathVariable String storeId, @PathVariable String sku,
            @Valid @RequestBody StockUpdate update) {
        wms.setOnHand(storeId, sku, update.onHand());
        return wms.stock(storeId, sku);
    }

    /** The Idempotency-Key header, else the key in the body. */
    private static String key(String header, MovementRequest request) {
        return header != null || request == null ? header : request.idempotencyKey();
    }

    record ReserveRequest(String idempotencyKey, @NotBlank String orderNumber, @NotBlank String storeId,
            @NotEmpty List<@Valid Line> lines) {
    }

    /** Lines to release or commit; none means all the reservation holds. */
    record MovementRequest(String idempotencyKey, List<@Valid Line> lines) {
    }

    record OrderRelease(String idempotencyKey, @NotBlank String orderNumber, @NotBlank String storeId) {
    }

    record ReleasedOrder(String orderNumber, String storeId, String status, List<Reservation.View> released) {
    }

    /** No store ids: every store. */
    record AvailabilityRequest(@NotEmpty List<@NotBlank String> skus, List<String> storeIds) {
    }

    record Availability(List<WmsSimulator.StoreAvailability> stores) {
    }

    record RestockRequest(String idempotencyKey, String orderNumber, @NotBlank String storeId,
            @NotEmpty List<@Valid Line> lines) {
    }

    record StockUpdate(@PositiveOrZero int onHand) {
    }
}
