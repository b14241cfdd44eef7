package io.o2o.fulfilment.api;

import io.o2o.fulfilment.order.DeliveryAddress;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderLine;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.process.JourneyEngine;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An order as the API shows it: status, the steps it is at now, the steps that do not get through
 * ({@code problems}) and what happened so far.
 */
public record OrderView(String orderNumber, String accessToken, String status,
        @Schema(description = "The status in words; when a step does not get through, followed by it: for ops and "
                + "the store's staff \"Collected; Post sale to ERP: stuck, needs ops: erp.post-sale via erp-rest: ERP "
                + "answered 503 Service Unavailable: maintenance\", for the customer \"Collected; delayed: Post sale "
                + "to ERP\"") String statusDescription,
        String fulfilmentType, String storeId, String paymentMethod, String payUrl, PaymentLinkView paymentLink,
        long totalAmount, long payableAmount, long paidAmount, long refundedAmount, List<LineView> lines,
        @Schema(description = "Where a ship-from-store order goes") DeliveryAddress deliveryAddress,
        @Schema(description = "The parcels of a ship-from-store order: which store ships what, and where each is")
        List<ParcelView> parcels,
        List<String> currentSteps,
        @Schema(description = "Steps of the order's journey (or of a process it called) that fail: retrying, or out of "
                + "retries and waiting for ops; left out when there are none") List<ProblemView> problems,
        List<TimelineEntry> timeline) {

    /** The same view with the customer's access token, for the answer to the one who placed the order. */
    OrderView withAccessToken(String token) {
        return new OrderView(orderNumber, token, status, statusDescription, fulfilmentType, storeId, paymentMethod,
                payUrl, paymentLink, totalAmount, payableAmount, paidAmount, refundedAmount, lines, deliveryAddress,
                parcels, currentSteps, problems, timeline);
    }

    public record LineView(String sku, String name, long unitPrice, int quantity, Integer pickedQuantity) {

        static LineView of(OrderLine line) {
            return new LineView(line.sku(), line.name(), line.unitPrice(), line.quantity(), line.pickedQuantity());
        }
    }

    /** One parcel: its store, lines, carrier booking and the carrier's last word. */
    public record ParcelView(String shipmentId, String storeId, String status, String statusDescription,
            List<ParcelLine> lines, String carrier, String trackingCode, String carrierStatus, Instant expectedDelivery,
            Long deliveryFee, int deliveryAttempts, Long cashOnDelivery) {

        public record ParcelLine(String sku, int quantity, Integer pickedQuantity) {
        }

        static ParcelView of(Shipment shipment) {
            return new ParcelView(shipment.shipmentId(), shipment.storeId(), shipment.status().name(),
                    shipment.status().description(), shipment.lines().stream()
                            .map(l -> new ParcelLine(l.sku(), l.quantity(), l.pickedQuantity())).toList(),
                    shipment.carrier(), shipment.carrierOrderCode(), shipment.carrierStatus(),
                    shipment.expectedDeliveryAt(), shipment.deliveryFee(), shipment.deliveryAttempts(),
                    shipment.codAmount() > 0 ? shipment.codAmount() : null);
        }
    }

    /** {@code source} is {@code order} for the order's own events, {@code process} for journey steps. */
    public record TimelineEntry(Instant at, String source, String description) {
    }

    /**
     * A step that does not get through. Ops and the store's staff see why; the customer sees only
     * the step and {@code DELAYED}.
     */
    @Schema(description = "A step that does not get through. Ops and the store's staff see state FAILING (the engine "
            + "retries it by itself) or INCIDENT (out of retries: it waits for ops in Cockpit) with the failure; the "
            + "customer sees only the step and state DELAYED.")
    public record ProblemView(
            @Schema(description = "the BPMN element's name, e.g. Post sale to ERP") String step,
            @Schema(allowableValues = {"FAILING", "INCIDENT", "DELAYED"}) String state,
            @Schema(description = "tries the engine still makes by itself; 0 for an incident") Integer retriesLeft,
            @Schema(description = "when the incident opened, or when a step still retrying was scheduled") Instant since,
            @Schema(description = "when a retrying step is tried next") Instant nextTry,
            @Schema(description = "what the failure said: for a port call the port, the adapter and the remote "
                    + "system's answer, e.g. erp.post-sale via erp-rest: ERP answered 503 Service Unavailable: "
                    + "maintenance") String message) {

        static final String DELAYED = "DELAYED";

        static ProblemView forStaff(JourneyEngine.StuckStep stuck) {
            return new ProblemView(stuck.step(), stuck.state().name(), stuck.retriesLeft(), stuck.since(),
                    stuck.nextTry(), stuck.message());
        }

        static ProblemView forCustomer(JourneyEngine.StuckStep stuck) {
            return new ProblemView(stuck.step(), DELAYED, null, null, null, null);
        }
    }

    static OrderView of(Order order, List<String> currentSteps, List<TimelineEntry> timeline) {
        return of(order, List.of(), currentSteps, List.of(), false, timeline);
    }

    /**
     * @param internal ops or the store's staff, who read the failures; the customer reads that a
     *     step is delayed
     */
    static OrderView of(Order order, List<Shipment> parcels, List<String> currentSteps,
            List<JourneyEngine.StuckStep> stuck, boolean internal, List<TimelineEntry> timeline) {
        String description = order.status().description();
        List<ProblemView> problems = null;
        if (!stuck.isEmpty()) {
            if (internal) {
                problems = stuck.stream().map(ProblemView::forStaff).toList();
                description += "; " + stuck.stream().map(JourneyEngine.StuckStep::summary)
                        .collect(Collectors.joining("; "));
            } else {
                problems = stuck.stream().map(ProblemView::forCustomer).distinct().toList();
                description += "; delayed: " + problems.stream().map(ProblemView::step)
                        .collect(Collectors.joining(", "));
            }
        }
        return new OrderView(order.orderNumber(), null, order.status().name(), description,
                order.fulfilmentType().name(), order.storeId(), order.paymentMethod().name(), order.paymentUrl(),
                order.paymentMethod().online() ? PaymentLinkView.of(order) : null, order.totalAmount(),
                order.payableAmount(), order.paidAmount(), order.refundedAmount(),
                order.lines().stream().map(LineView::of).toList(), order.deliveryAddress(),
                parcels.isEmpty() ? null : parcels.stream().map(ParcelView::of).toList(), currentSteps, problems,
                timeline);
    }
}
