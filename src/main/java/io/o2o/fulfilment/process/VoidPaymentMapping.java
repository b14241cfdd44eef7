package io.o2o.fulfilment.process;

import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.VoidRequest;
import io.o2o.fulfilment.port.VoidResult;
import org.springframework.stereotype.Component;

/** {@code payment.void}: let the wallet release the money it holds for the order, so that none moves. */
@Component
class VoidPaymentMapping implements PortMapping<VoidRequest, VoidResult> {

    private final PaymentService payments;

    VoidPaymentMapping(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public Port port() {
        return Port.PAYMENT_VOID;
    }

    @Override
    public VoidRequest request(PortCall call) {
        PaymentRecord payment = payments.paymentOf(call.orderNumber());
        return new VoidRequest(call.idempotencyKey(), call.orderNumber(), payment.paymentId(),
                payment.providerTransactionId(), payment.amount(), "Hủy đơn hàng " + call.orderNumber());
    }

    @Override
    public void apply(PortCall call, VoidRequest request, VoidResult result) {
        if (result.refusal() != null) {
            payments.voidRejected(call.orderNumber(), result.resultCode(), result.message());
        } else {
            payments.voided(call.orderNumber(), request.paymentId(), result.resultCode(), result.message());
        }
    }
}
