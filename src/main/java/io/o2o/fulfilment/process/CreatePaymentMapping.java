package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.port.PaymentCreated;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.Port;
import org.springframework.stereotype.Component;

/** {@code payment.create}: ask the order's wallet for a payment link, to pay now or to authorise only. */
@Component
class CreatePaymentMapping implements PortMapping<PaymentRequest, PaymentCreated> {

    private final PaymentService payments;

    CreatePaymentMapping(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public Port port() {
        return Port.PAYMENT_CREATE;
    }

    @Override
    public PaymentRequest request(PortCall call) {
        Order order = call.order();
        PaymentRecord payment = payments.paymentOf(order.orderNumber());
        return new PaymentRequest(call.idempotencyKey(), order.orderNumber(), payment.paymentId(), payment.amount(),
                "Thanh toán đơn hàng " + order.orderNumber(), order.customer().phone(), order.customer().email(),
                payment.capture());
    }

    @Override
    public void apply(PortCall call, PaymentRequest request, PaymentCreated result) {
        if (result.refusal() != null) {
            payments.createRejected(call.orderNumber(), request.paymentId(), result.resultCode(), result.message());
        } else {
            payments.linkCreated(call.orderNumber(), result.payUrl());
        }
    }
}
