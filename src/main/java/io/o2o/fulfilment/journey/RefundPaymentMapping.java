package io.o2o.fulfilment.journey;

import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.payment.PaymentLedger;
import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.RefundResult;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.springframework.stereotype.Component;

/**
 * {@code payment.refund}: return {@code refundAmount} of the order's payment. Each refund reason
 * happens at most once per order, so the reason names the refund at the wallet and keeps a
 * retried call from refunding twice.
 */
@Component
class RefundPaymentMapping implements PortMapping<RefundRequest, RefundResult> {

    private final OrderService orders;
    private final PaymentLedger ledger;

    RefundPaymentMapping(OrderService orders, PaymentLedger ledger) {
        this.orders = orders;
        this.ledger = ledger;
    }

    @Override
    public Port port() {
        return Port.PAYMENT_REFUND;
    }

    @Override
    public RefundRequest request(PortCall call) {
        String orderNumber = call.orderNumber();
        String reason = (String) call.variable(JourneyVariables.REFUND_REASON);
        long amount = ((Number) call.variable(JourneyVariables.REFUND_AMOUNT)).longValue();
        PaymentRecord payment = ledger.paidPayment(orderNumber)
                .orElseThrow(() -> new IllegalStateException("Order " + orderNumber + " has no settled payment"));
        String refundId = orderNumber + "-" + reason;
        ledger.open(refundId, orderNumber, PaymentRecord.Kind.REFUND, payment.provider(), amount);
        return new RefundRequest(orderNumber + "-refund-" + reason, orderNumber, refundId, payment.paymentId(),
                payment.providerTransactionId(), amount, "Hoàn tiền đơn hàng " + orderNumber);
    }

    @Override
    public void apply(PortCall call, RefundRequest request, RefundResult result) {
        String reason = (String) call.variable(JourneyVariables.REFUND_REASON);
        if (result.outcome() == RefundResult.Outcome.REJECTED) {
            ledger.settle(request.refundId(), PaymentRecord.Status.REJECTED, null, result.resultCode(),
                    result.message());
            orders.refundRejected(call.orderNumber(), request.amount(), result.resultCode() + " " + result.message());
            throw new BpmnError(JourneyVariables.ERROR_REFUND_REJECTED,
                    "Refund rejected: " + result.resultCode() + " " + result.message());
        }
        ledger.settle(request.refundId(), PaymentRecord.Status.REFUNDED, result.providerTransactionId(),
                result.resultCode(), result.message());
        orders.refunded(call.orderNumber(), request.amount(), reason);
    }
}
