package io.o2o.fulfilment.api;

import io.o2o.fulfilment.journey.JourneyEngine;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.OrderStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders", description = "Place, follow and cancel orders")
class OrderController {

    private final OrderPlacement placement;
    private final OrderService orders;
    private final JourneyEngine journeys;
    private final PaymentLinkWait paymentLinkWait;

    OrderController(OrderPlacement placement, OrderService orders, JourneyEngine journeys,
            PaymentLinkWait paymentLinkWait) {
        this.placement = placement;
        this.orders = orders;
        this.journeys = journeys;
        this.paymentLinkWait = paymentLinkWait;
    }

    @PostMapping
    @Operation(summary = "Place an order", description = """
            Prices come from the catalogue. With an Idempotency-Key the same key and body return the same
            order and start nothing new; the same key with another body is refused with 409. For MoMo the
            answer carries the payUrl as soon as the wallet has issued it (poll the order if it is null).""")
    ResponseEntity<OrderView> place(@Valid @RequestBody PlaceOrderRequest request,
            @Parameter(description = "A key the client makes per order, to retry safely")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        OrderPlacement.Placed placed = placement.place(request, blankToNull(idempotencyKey));
        Order order = placed.order();
        if (order.paymentMethod().online() && order.paymentUrl() == null) {
            order = paymentLinkWait.awaitPaymentLink(order);
        }
        return ResponseEntity.status(placed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/orders/" + order.orderNumber()))
                .body(view(order));
    }

    @GetMapping("/{orderNumber}")
    @Operation(summary = "An order's status, current steps and timeline")
    OrderView get(@PathVariable String orderNumber) {
        return view(orders.get(orderNumber));
    }

    @PostMapping("/{orderNumber}/cancel")
    @Operation(summary = "Cancel an order before it is collected",
            description = "Accepted at once; refund and stock release follow in the journey.")
    ResponseEntity<OrderView> cancel(@PathVariable String orderNumber) {
        Order order = orders.get(orderNumber);
        if (!order.status().cancellable() || !journeys.requestCancellation(orderNumber)) {
            throw new OrderNotCancellableException(orderNumber, orders.get(orderNumber).status().name());
        }
        return ResponseEntity.accepted().body(view(orders.get(orderNumber)));
    }

    @GetMapping
    @Operation(summary = "Orders of a store, newest first (staff and ops)",
            security = @SecurityRequirement(name = "basic"))
    List<OrderView> list(@RequestParam(required = false) String storeId,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(defaultValue = "50") int limit) {
        return orders.list(storeId, status, Math.min(Math.max(limit, 1), 500)).stream()
                .map(o -> OrderView.of(o, List.of(), List.of()))
                .toList();
    }

    private OrderView view(Order order) {
        List<OrderView.TimelineEntry> timeline = Stream.concat(
                        orders.timeline(order.orderNumber()).stream()
                                .map(e -> new OrderView.TimelineEntry(e.occurredAt(), "order", e.description())),
                        journeys.history(order.orderNumber()).stream()
                                .map(s -> new OrderView.TimelineEntry(s.startedAt(), "process", s.name())))
                .sorted(Comparator.comparing(OrderView.TimelineEntry::at))
                .toList();
        return OrderView.of(order, journeys.currentSteps(order.orderNumber()), timeline);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
