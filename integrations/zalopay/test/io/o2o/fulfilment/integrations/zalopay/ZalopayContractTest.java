package io.o2o.fulfilment.integrations.zalopay;

import static io.o2o.fulfilment.integrations.zalopay.ZalopaySimulatorClient.AMOUNT;
import static io.o2o.fulfilment.integrations.zalopay.ZalopaySimulatorClient.payment;

import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.PaymentStatusRequest;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.contract.ActionContract;
import io.o2o.fulfilment.port.contract.PortContract;
import java.util.List;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ZaloPay adapter against the ZaloPay simulator over HTTP: create, refund and query. ZaloPay
 * has no authorisation, so capture and void are not part of its contract.
 */
@AdapterRouteTest
class ZalopayContractTest extends PortContract {

    @Autowired
    ProducerTemplate camel;

    @LocalServerPort
    int port;

    private ZalopaySimulatorClient zalopay;

    @BeforeEach
    void simulator() {
        zalopay = new ZalopaySimulatorClient(port, camel);
        zalopay.withholdCallbacks();
    }

    @Override
    protected String adapter() {
        return "zalopay";
    }

    @Override
    protected ProducerTemplate camel() {
        return camel;
    }

    @Override
    protected void partnerFails() {
        zalopay.fail();
    }

    @Override
    protected void partnerRecovers() {
        zalopay.recover();
    }

    @Override
    protected List<ActionContract> actions() {
        return List.of(
                ActionContract.of(Port.PAYMENT_CREATE, () -> payment(AMOUNT),
                        request -> zalopay.order(((PaymentRequest) request).paymentId()).isPresent() ? 1 : 0)
                        .refusedBy(() -> payment(500)),
                ActionContract.of(Port.PAYMENT_REFUND, () -> refund(zalopay.paid(), 50_000),
                        request -> (Integer) zalopay.order(((RefundRequest) request).paymentId()).orElseThrow()
                                .get("refunds"))
                        .refusedBy(() -> refund(zalopay.paid(), AMOUNT + 1)),
                ActionContract.of(Port.PAYMENT_QUERY,
                        () -> new PaymentStatusRequest(UUID.randomUUID().toString(), "WEB-Q", zalopay.paid().paymentId()),
                        null));
    }

    private RefundRequest refund(PaymentRequest payment, long amount) {
        Object zpTransId = zalopay.order(payment.paymentId()).orElseThrow().get("zpTransId");
        return new RefundRequest(UUID.randomUUID().toString(), payment.orderNumber(),
                payment.paymentId().replace("-P1", "-R1"), payment.paymentId(), String.valueOf(zpTransId), amount,
                "Hoàn tiền");
    }
}
