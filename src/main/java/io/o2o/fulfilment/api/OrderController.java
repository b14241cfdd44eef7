package io.o2o.fulfilment.api;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.OrderStatus;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.process.JourneyEngine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
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
    private final OrderCancellation cancellation;
    private final OrderService orders;
    private final ShipmentService shipments;
    private final OrderAccess access;
    private final JourneyEngine journeys;

    OrderController(OrderPlacement placement, OrderCancellation cancellation, OrderService orders,
            ShipmentService shipments, OrderAccess access, JourneyEngine journeys) {
        this.shipments = shipments;
        this.placement = placement;
        this.cancellation = cancellation;
        this.orders = orders;
        this.access = access;
        this.journeys = journeys;
    }

    @PostMapping
    @Operation(summary = "Place an order", description = """
            Prices come from the catalogue. With an Idempotency-Key the same key and body return the same
            order (200, without the accessToken, which is shown only once) and start nothing new; the same key
            with another body is refused with 409. The wallet's payment link comes a moment after the order:
            until then the answer's paymentLink says PENDING and where to ask for it
            (GET /api/orders/{orderNumber}/payment-link). The 201 answer carries the accessToken the customer
            shows in the X-Order-Token header to follow or cancel the order; only its hash is kept.""")
    ResponseEntity<OrderView> place(@Valid @RequestBody PlaceOrderRequest request,
            @Parameter(description = "A key the client makes per order, to retry safely")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        OrderPlacement.Placed placed = placement.place(request, blankToNull(idempotencyKey));
        Order order = placed.order();
        return ResponseEntity.status(placed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/orders/" + order.orderNumber()))
                .body(view(order, false).withAccessToken(placed.accessToken()));
    }

    @GetMapping("/{orderNumber}")
    @Operation(summary = "An order's status, current steps, stuck steps and timeline", description = """
            For the customer with the order's X-Order-Token, for ops, and for the store's staff. A step of the journey
            (or of a process it called) that fails is listed in problems and named in statusDescription: for ops and
            the store's staff as FAILING (retrying by itself, with retriesLeft and nextTry) or INCIDENT (out of
            retries, waiting for ops in Cockpit) with what the remote system answered; for the customer only as
            DELAYED.""")
    OrderView get(@PathVariable String orderNumber,
            @RequestHeader(name = OrderAccess.TOKEN_HEADER, required = false) String token, Authentication user) {
        Order order = orders.get(orderNumber);
        access.check(order, token, user);
        return view(order, internal(order, user));
    }

    @GetMapping("/{orderNumber}/payment-link")
    @Operation(summary = "The wallet's payment link of an order",
            description = "200 with payUrl once the wallet has issued it; 202 with Retry-After while it is being "
                    + "made; 409 when no link will come (the order is paid at the store, or the wallet refused).")
    ResponseEntity<PaymentLinkView> paymentLink(@PathVariable String orderNumber,
            @RequestHeader(name = OrderAccess.TOKEN_HEADER, required = false) String token, Authentication user) {
        Order order = orders.get(orderNumber);
        access.check(order, token, user);
        PaymentLinkView link = PaymentLinkView.of(order);
        return switch (link.status()) {
            case READY -> ResponseEntity.ok(link);
            case PENDING -> ResponseEntity.accepted()
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(PaymentLinkView.RETRY_AFTER_SECONDS))
                    .body(link);
            case NONE -> throw new PaymentLinkUnavailableException(orderNumber, order.paymentMethod().online()
                    ? "the wallet did not issue a payment link; the order is " + order.status().description()
                    : "the order is paid at the store");
        };
    }

    @PostMapping("/{orderNumber}/cancel")
    @Operation(summary = "Cancel an order before it is collected",
            description = "Accepted at once; refund and stock release follow in the journey. Needs the order's "
                    + "X-Order-Token (or ops or the store's staff).")
    ResponseEntity<OrderView> cancel(@PathVariable String orderNumber,
            @RequestHeader(name = OrderAccess.TOKEN_HEADER, required = false) String token, Authentication user) {
        Order order = orders.get(orderNumber);
        access.check(order, token, user);
        cancellation.cancel(orderNumber);
        return ResponseEntity.accepted().body(view(orders.get(orderNumber), internal(order, user)));
    }

    @GetMapping
    @Operation(summary = "Orders of a store, newest first (staff of that store, and ops)",
            security = @SecurityRequirement(name = "basic"))
    List<OrderView> list(@RequestParam(required = false) String storeId,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(defaultValue = "50") int limit, Authentication user) {
        if (!access.isOps(user) && !access.worksAt(user, storeId)) {
            throw new AccessDeniedException("Staff see the orders of their own store: give storeId");
        }
        return orders.list(storeId, status, Math.min(Math.max(limit, 1), 500)).stream()
                .map(o -> OrderView.of(o, List.of(), List.of()))
                .toList();
    }

    /** Ops and the order's store read why a step fails; the customer reads that it is delayed. */
    private boolean internal(Order order, Authentication user) {
        return access.isOps(user) || access.worksOn(user, order);
    }

    private OrderView view(Order order, boolean internal) {
        List<JourneyEngine.Step> steps = journeys.history(order.orderNumber());
        List<OrderView.TimelineEntry> timeline = Stream.concat(
                        orders.timeline(order.orderNumber()).stream()
                                .map(e -> new OrderView.TimelineEntry(e.occurredAt(), "order", e.description())),
                        steps.stream().map(s -> new OrderView.TimelineEntry(s.startedAt(), "process", s.name())))
                .sorted(Comparator.comparing(OrderView.TimelineEntry::at))
                .toList();
        List<String> current = steps.stream().filter(JourneyEngine.Step::active).map(JourneyEngine.Step::name)
                .distinct().toList();
        return OrderView.of(order, shipments.of(order.orderNumber()), current, journeys.stuckSteps(order.orderNumber()),
                internal, timeline);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
