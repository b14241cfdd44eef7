package io.o2o.fulfilment.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The order's life: each step changes the order and writes a line of its timeline. */
@Service
@Transactional
public class OrderService {

    private final OrderRepository orders;
    private final ShipmentRepository shipments;
    private final PickupCodes pickupCodes;

    OrderService(OrderRepository orders, ShipmentRepository shipments, PickupCodes pickupCodes) {
        this.orders = orders;
        this.shipments = shipments;
        this.pickupCodes = pickupCodes;
    }

    /** @return the order and its access token, which is stored only as a hash and so never shown again */
    public PlacedOrder place(NewOrder order) {
        String orderNumber = orders.nextOrderNumber();
        long total = order.items().stream().mapToLong(i -> i.product().unitPrice() * i.quantity()).sum();
        String token = AccessTokens.issue();
        orders.insert(orderNumber, order, total, AccessTokens.hash(token));
        orders.addEvent(orderNumber, "ORDER_PLACED", order.fulfilmentType() == FulfilmentType.SHIP_FROM_STORE
                ? "Order placed for delivery to " + order.deliveryAddress().district() + ", "
                        + order.deliveryAddress().city() + ", paying " + describe(order.paymentMethod())
                : "Order placed for click-and-collect at store " + order.storeId() + ", paying "
                        + describe(order.paymentMethod()));
        return new PlacedOrder(get(orderNumber), token);
    }

    @Transactional(readOnly = true)
    public Order get(String orderNumber) {
        return orders.find(orderNumber).orElseThrow(() -> new OrderNotFoundException(orderNumber));
    }

    @Transactional(readOnly = true)
    public List<OrderEvent> timeline(String orderNumber) {
        return orders.events(orderNumber);
    }

    @Transactional(readOnly = true)
    public List<Order> list(String storeId, OrderStatus status, int limit) {
        return orders.findByStore(storeId, status, limit);
    }

    public void stockReserved(String orderNumber, String reservationId) {
        orders.update(orderNumber, "reservation_id = ?", reservationId);
        orders.addEvent(orderNumber, "STOCK_RESERVED", "Stock reserved in the store");
    }

    public void outOfStock(String orderNumber, String shortages) {
        orders.addEvent(orderNumber, "OUT_OF_STOCK", "The store does not have enough stock: " + shortages);
    }

    public void awaitingPayment(String orderNumber, String paymentUrl) {
        Order order = orders.lock(orderNumber);
        // the payment may already have been confirmed by a fast customer: never step back from there
        if (order.status() == OrderStatus.PLACED) {
            move(order, OrderStatus.AWAITING_PAYMENT);
        }
        orders.update(orderNumber, "payment_url = ?", paymentUrl);
        orders.addEvent(orderNumber, "PAYMENT_REQUESTED", "Waiting for the customer to pay with "
                + order.paymentMethod().displayName());
    }

    public void paymentRejected(String orderNumber, String reason) {
        orders.addEvent(orderNumber, "PAYMENT_REJECTED", "The wallet refused the payment: " + reason);
    }

    /**
     * Records money received for the order.
     *
     * @return false when the order is being cancelled or is cancelled: the money is recorded but
     *         the caller must give it back
     */
    public boolean paid(String orderNumber, long amount) {
        Order order = orders.lock(orderNumber);
        orders.update(orderNumber, "paid_amount = paid_amount + ?", amount);
        if (order.status() == OrderStatus.CANCELLING || order.status() == OrderStatus.CANCELLED) {
            orders.addEvent(orderNumber, "LATE_PAYMENT", "Paid " + amount + " VND after cancellation; refunding");
            return false;
        }
        move(order, OrderStatus.CONFIRMED);
        orders.addEvent(orderNumber, "PAID", "Paid " + amount + " VND");
        return true;
    }

    /**
     * Records money held for the order by the wallet, to be captured at handover.
     *
     * @return false when the order is being cancelled or is cancelled: the caller releases the hold
     */
    public boolean authorised(String orderNumber, long amount) {
        Order order = orders.lock(orderNumber);
        if (order.status() == OrderStatus.CANCELLING || order.status() == OrderStatus.CANCELLED) {
            orders.addEvent(orderNumber, "LATE_AUTHORISATION", amount + " VND held after cancellation; releasing it");
            return false;
        }
        move(order, OrderStatus.CONFIRMED);
        orders.addEvent(orderNumber, "AUTHORISED", amount + " VND held by the wallet until handover");
        return true;
    }

    /** An authorisation was captured: the money is now taken. */
    public void captured(String orderNumber, long amount) {
        orders.update(orderNumber, "paid_amount = paid_amount + ?", amount);
        orders.addEvent(orderNumber, "CAPTURED", "Captured " + amount + " VND held by the wallet");
    }

    public void authorisationReleased(String orderNumber) {
        orders.addEvent(orderNumber, "AUTHORISATION_RELEASED", "The wallet released the money it held; nothing was charged");
    }

    /** Something about the order's money needs a person: the message says what. */
    public void paymentProblem(String orderNumber, String message) {
        orders.addEvent(orderNumber, "PAYMENT_PROBLEM", message);
    }

    public void paymentFailed(String orderNumber, String reason) {
        orders.addEvent(orderNumber, "PAYMENT_FAILED", "Payment did not go through: " + reason);
    }

    public void confirmedForCashOnDelivery(String orderNumber) {
        move(orders.lock(orderNumber), OrderStatus.CONFIRMED);
        orders.addEvent(orderNumber, "CONFIRMED", "Confirmed; the courier collects the cash on delivery");
    }

    public void confirmedForPaymentAtStore(String orderNumber) {
        move(orders.lock(orderNumber), OrderStatus.CONFIRMED);
        orders.addEvent(orderNumber, "CONFIRMED", "Confirmed; the customer pays at the counter");
    }

    /**
     * Records the quantities picked per SKU, with why each short line was short (shown on the
     * timeline); SKUs not mentioned were picked in full. Quantities are capped at what was ordered.
     */
    public PickResult recordPick(String orderNumber, Map<String, Integer> pickedBySku,
            Map<String, ShortPickReason> reasons) {
        Order order = orders.lock(orderNumber);
        List<PickResult.Shortfall> unpicked = new ArrayList<>();
        long payable = 0;
        int pickedUnits = 0;
        for (OrderLine line : order.lines()) {
            Integer reported = pickedBySku.get(line.sku());
            int picked = reported == null ? line.quantity() : Math.max(0, Math.min(reported, line.quantity()));
            orders.recordPicked(orderNumber, line.sku(), picked);
            if (picked < line.quantity()) {
                unpicked.add(new PickResult.Shortfall(line.sku(), line.quantity() - picked,
                        reasons.getOrDefault(line.sku(), ShortPickReason.NOT_GIVEN)));
            }
            payable += picked * line.unitPrice();
            pickedUnits += picked;
        }
        PickResult.Outcome outcome = unpicked.isEmpty() ? PickResult.Outcome.COMPLETE
                : pickedUnits == 0 ? PickResult.Outcome.NOTHING : PickResult.Outcome.PARTIAL;
        long refundDue = Math.max(0, order.netPaid() - payable);
        if (outcome != PickResult.Outcome.NOTHING) {
            move(order, OrderStatus.PICKED);
        }
        orders.update(orderNumber, "payable_amount = ?", payable);
        orders.addEvent(orderNumber, "PICKED", switch (outcome) {
            case COMPLETE -> "All items picked";
            case PARTIAL -> "Picked with shortages: " + describe(unpicked) + "; new total " + payable + " VND";
            case NOTHING -> "Nothing could be picked";
        });
        return new PickResult(outcome, unpicked, payable, outcome == PickResult.Outcome.NOTHING ? 0 : refundDue);
    }

    public void staged(String orderNumber, String location) {
        orders.update(orderNumber, "staging_location = ?", location);
        orders.addEvent(orderNumber, "STAGED", "Staged at the pickup counter (" + location + ")");
    }

    /**
     * Issues a new one-time pickup code, replacing any earlier one and its count of wrong codes: the
     * next generation of the code derived for the order ({@link #pickupCode}).
     */
    public void issuePickupCode(String orderNumber) {
        move(orders.lock(orderNumber), OrderStatus.READY_FOR_PICKUP);
        orders.update(orderNumber, "pickup_code_generation = pickup_code_generation + 1, wrong_pickup_codes = 0");
        orders.addEvent(orderNumber, "PICKUP_CODE_ISSUED", "Ready for pickup with a new one-time pickup code");
    }

    /** The code the customer shows at the counter, for the messages that tell it; none before it is issued. */
    public Optional<String> pickupCode(Order order) {
        return order.hasPickupCode()
                ? Optional.of(pickupCodes.codeFor(order.orderNumber(), order.pickupCodeGeneration()))
                : Optional.empty();
    }

    /**
     * Checks a code presented at the counter against the order's current code.
     *
     * @return how many wrong codes were presented since the code was issued, 0 when this one is right
     */
    public int verifyPickupCode(String orderNumber, String presented) {
        Order order = orders.lock(orderNumber);
        boolean valid = presented != null && pickupCode(order)
                .map(code -> MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                        presented.trim().getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
        if (valid) {
            return 0;
        }
        orders.update(orderNumber, "wrong_pickup_codes = wrong_pickup_codes + 1");
        orders.addEvent(orderNumber, "PICKUP_CODE_REJECTED", "A wrong pickup code was presented at the counter");
        return order.wrongPickupCodes() + 1;
    }

    /**
     * The goods left with the customer; refused when a cancellation got there first. An order paid
     * at the counter records what the counter took, in the tender it was taken in.
     */
    public void collected(String orderNumber, String tender) {
        Order order = orders.lock(orderNumber);
        move(order, OrderStatus.COLLECTED);
        long takenAtCounter = order.paymentMethod().online() ? 0 : Math.max(0, order.payableAmount() - order.netPaid());
        orders.update(orderNumber, "tender = ?, collected_at = ?, paid_amount = paid_amount + ?", tender, orders.now(),
                takenAtCounter);
        if (takenAtCounter > 0) {
            orders.addEvent(orderNumber, "PAID_AT_COUNTER",
                    "Paid " + takenAtCounter + " VND at the counter (" + tender.toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        }
        orders.addEvent(orderNumber, "COLLECTED", "Handed over to the customer");
    }

    public void refunded(String orderNumber, long amount, String reason) {
        orders.update(orderNumber, "refunded_amount = refunded_amount + ?", amount);
        orders.addEvent(orderNumber, "REFUNDED", "Refunded " + amount + " VND (" + reason + ")");
    }

    public void refundRejected(String orderNumber, long amount, String reason) {
        orders.addEvent(orderNumber, "REFUND_REJECTED", "The wallet refused a refund of " + amount + " VND: " + reason);
    }

    public void stockReleased(String orderNumber, String what) {
        orders.addEvent(orderNumber, "STOCK_RELEASED", "Stock given back: " + what);
    }

    /** The whole reservation was given back: nothing is held for the order any more. */
    public void reservationReleased(String orderNumber) {
        orders.update(orderNumber, "reservation_id = null");
        orders.addEvent(orderNumber, "STOCK_RELEASED", "Stock given back: the whole reservation");
    }

    public void stockIssued(String orderNumber) {
        orders.update(orderNumber, "reservation_id = null");
        orders.addEvent(orderNumber, "STOCK_ISSUED", "Stock issued from the store");
    }

    public void saleBooked(String orderNumber, String documentNumber) {
        orders.update(orderNumber, "erp_document_number = ?", documentNumber);
        orders.addEvent(orderNumber, "SALE_POSTED", "Sale booked in the ERP as " + documentNumber);
    }

    public void customerNotified(String orderNumber, String template) {
        orders.addEvent(orderNumber, "CUSTOMER_NOTIFIED", "Customer notified: " + template);
    }

    /**
     * Starts cancelling the order, under its row lock so that a payment or a handover arriving at
     * the same moment sees it.
     *
     * @return the order as it stands when the cancellation begins
     * @throws OrderNotCancellableException when it was collected, or is already being cancelled
     */
    public Order beginCancellation(String orderNumber, String reason) {
        Order order = orders.lock(orderNumber);
        if (order.status() == OrderStatus.CANCELLING) {
            return order;
        }
        if (!order.status().cancellable() || shipments.ofOrder(orderNumber).stream()
                .anyMatch(s -> s.status() == ShipmentStatus.DELIVERED)) {
            throw new OrderNotCancellableException(orderNumber, order.status());
        }
        move(order, OrderStatus.CANCELLING);
        orders.addEvent(orderNumber, "CANCELLING", "Cancelling: " + reason);
        return order;
    }

    public void cancelled(String orderNumber, String reason) {
        move(orders.lock(orderNumber), OrderStatus.CANCELLED);
        orders.addEvent(orderNumber, "CANCELLED", "Order cancelled: " + reason);
    }

    /** Moves the order on to {@code next} unless it is there already; refused when its life does not allow it. */
    public void moveOn(Order order, OrderStatus next) {
        if (order.status() != next) {
            move(order, next);
        }
    }

    private void move(Order order, OrderStatus next) {
        if (!order.status().canMoveTo(next)) {
            throw new IllegalOrderTransitionException(order.orderNumber(), order.status(), next);
        }
        orders.update(order.orderNumber(), "status = ?", next.name());
    }

    private static String describe(PaymentMethod method) {
        return method.online() ? "with " + method.displayName()
                : method == PaymentMethod.CASH_ON_DELIVERY ? "cash on delivery" : "at the store";
    }

    private static String describe(List<PickResult.Shortfall> unpicked) {
        return String.join(", ", unpicked.stream().map(s -> s.quantity() + " × " + s.sku() + " (" + s.reason().description() + ")")
                .toList());
    }
}
