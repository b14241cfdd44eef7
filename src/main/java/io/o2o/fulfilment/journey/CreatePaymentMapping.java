package io.o2o.fulfilment.journey;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.payment.PaymentLedger;
import io.o2o.fulfilment.payment.PaymentRecord;
import io.o2o.fulfilment.port.PaymentCreated;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.Port;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.springframework.stereotype.Component;

/** {@code payment.create}: ask the wallet for a payment link for the order's amount. */
@Component
class CreatePaymentMapping implements PortMapping<PaymentRequest, PaymentCreated> {

    private final OrderService orders;
    private final PaymentLedger ledger;

    CreatePaymentMapping(OrderService orders, PaymentLedger ledger) {
        this.orders = orders;
        this.ledger = ledger;
    }

    @Override
    public Port port() {
        return Port.PAYMENT_CREATE;
    }

    @Override
    public PaymentRequest request(PortCall call) {
        Order order = orders.get(call.orderNumber());
        return new PaymentRequest(call.idempotencyKey(), order.orderNumber(),
                PaymentRecord.paymentIdFor(order.orderNumber()), order.payableAmount(),
                "Thanh toán đơn hàng " + order.orderNumber(), order.customer().phone(), order.customer().email(), true);
    }

    @Override
    public void apply(PortCall call, PaymentRequest request, PaymentCreated result) {
        if (result.outcome() == PaymentCreated.Outcome.REJECTED) {
            String reason = result.resultCode() + " " + result.message();
            ledger.settle(request.paymentId(), PaymentRecord.Status.FAILED, null, result.resultCode(),
                    result.message());
            orders.paymentRejected(call.orderNumber(), reason);
            throw new BpmnError(JourneyVariables.ERROR_PAYMENT_REJECTED, "Payment rejected: " + reason);
        }
        orders.awaitingPayment(call.orderNumber(), result.payUrl());
    }
}
