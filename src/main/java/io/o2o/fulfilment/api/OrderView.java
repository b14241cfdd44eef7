package io.o2o.fulfilment.api;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderLine;
import java.time.Instant;
import java.util.List;

/** An order as the API shows it: status, the steps it is at now and what happened so far. */
public record OrderView(String orderNumber, String accessToken, String status, String statusDescription, String fulfilmentType,
        String storeId, String paymentMethod, String payUrl, PaymentLinkView paymentLink, long totalAmount, long payableAmount, long paidAmount,
        long refundedAmount, List<LineView> lines, List<String> currentSteps, List<TimelineEntry> timeline) {

    /** The same view with the customer's access token, for the answer to the one who placed the order. */
    OrderView withAccessToken(String token) {
        return new OrderView(orderNumber, token, status, statusDescription, fulfilmentType, storeId, paymentMethod,
                payUrl, paymentLink, totalAmount, payableAmount, paidAmount, refundedAmount, lines, currentSteps, timeline);
    }

    public record LineView(String sku, String name, long unitPrice, int quantity, Integer pickedQuantity) {

        static LineView of(OrderLine line) {
            return new LineView(line.sku(), line.name(), line.unitPrice(), line.quantity(), line.pickedQuantity());
        }
    }

    /** {@code source} is {@code order} for the order's own events, {@code process} for journey steps. */
    public record TimelineEntry(Instant at, String source, String description) {
    }

    static OrderView of(Order order, List<String> currentSteps, List<TimelineEntry> timeline) {
        return new OrderView(order.orderNumber(), null, order.status().name(), order.status().description(),
                order.fulfilmentType().name(), order.storeId(), order.paymentMethod().name(), order.paymentUrl(),
                order.paymentMethod().online() ? PaymentLinkView.of(order) : null, order.totalAmount(), order.payableAmount(), order.paidAmount(), order.refundedAmount(),
                order.lines().stream().map(LineView::of).toList(), currentSteps, timeline);
    }
}
