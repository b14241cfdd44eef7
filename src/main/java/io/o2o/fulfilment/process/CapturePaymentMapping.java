package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.port.CaptureRequest;
import io.o2o.fulfilment.port.CaptureResult;
import io.o2o.fulfilment.port.Port;
import org.springframework.stereotype.Component;

/**
 * {@code payment.capture}: take the money the wallet holds for the order. Sets {@code refundAmount}
 * to what the capture took beyond the order's picked total, for the model to refund.
 */
@Component
class CapturePaymentMapping implements PortMapping<CaptureRequest, CaptureResult> {

    private final PaymentService payments;

    CapturePaymentMapping(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public Port port() {
        return Port.PAYMENT_CAPTURE;
    }

    /**
     * The hold may have been captured by the other path (before it lapsed, or at handover) while this
     * job waited: jobs of one order run one at a time, so this one then finds nothing held.
     */
    @Override
    public boolean due(PortCall call) {
        if (payments.captureDue(call.orderNumber())) {
            return true;
        }
        call.setVariable(JourneyVariables.REFUND_AMOUNT, 0L);
        return false;
    }

    @Override
    public CaptureRequest request(PortCall call) {
        Order order = call.order();
        PaymentRecord payment = payments.paymentOf(order.orderNumber());
        return new CaptureRequest(call.idempotencyKey(), order.orderNumber(), payment.paymentId(),
                payment.providerTransactionId(), payment.amount(), payments.amountToCapture(order, payment),
                "Thanh toán đơn hàng " + order.orderNumber());
    }

    @Override
    public void apply(PortCall call, CaptureRequest request, CaptureResult result) {
        if (result.refusal() != null) {
            payments.captureRejected(call.orderNumber(), result.resultCode(), result.message());
            return;
        }
        long refundDue = payments.captured(call.orderNumber(), request.paymentId(), result.capturedAmount(),
                result.providerTransactionId(), result.resultCode(), result.message());
        call.setVariable(JourneyVariables.REFUND_AMOUNT, refundDue);
    }
}
