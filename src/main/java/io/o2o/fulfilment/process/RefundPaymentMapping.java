package io.o2o.fulfilment.process;

import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.RefundResult;
import org.springframework.stereotype.Component;

/**
 * {@code payment.refund}: give back {@code refundAmount} of the order's payment. The call's key,
 * made once when the refund was scheduled, is also the refund's id at the wallet, so every refund
 * of an order (short pick, a return, goodwill) is its own and each is sent exactly once.
 */
@Component
class RefundPaymentMapping implements PortMapping<RefundRequest, RefundResult> {

    private final PaymentService payments;

    RefundPaymentMapping(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public Port port() {
        return Port.PAYMENT_REFUND;
    }

    @Override
    public RefundRequest request(PortCall call) {
        String orderNumber = call.orderNumber();
        long requested = ((Number) call.variable(JourneyVariables.REFUND_AMOUNT)).longValue();
        String refundId = call.idempotencyKey();
        PaymentRecord refund = payments.openRefund(orderNumber, refundId, requested)
                .orElseThrow(() -> new IllegalStateException("Order " + orderNumber + " has nothing left to refund"));
        call.setVariable(JourneyVariables.REFUND_ID, refundId);
        PaymentRecord payment = payments.paymentOf(orderNumber);
        return new RefundRequest(call.idempotencyKey(), orderNumber, refundId, payment.paymentId(),
                payment.providerTransactionId(), refund.amount(), "Hoàn tiền đơn hàng " + orderNumber);
    }

    @Override
    public void apply(PortCall call, RefundRequest request, RefundResult result) {
        if (result.refusal() != null) {
            payments.refundRejected(call.orderNumber(), request.refundId(), request.amount(), result.resultCode(),
                    result.message());
        } else {
            payments.refunded(call.orderNumber(), request.refundId(), request.amount(), result.providerTransactionId(),
                    result.resultCode(), result.message(),
                    String.valueOf(call.variable(JourneyVariables.REFUND_REASON)));
        }
    }
}
