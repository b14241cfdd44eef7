package io.o2o.fulfilment.integrations.momo;

import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.CaptureRequest;
import io.o2o.fulfilment.port.PaymentCreated;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.PaymentStatusRequest;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.VoidRequest;
import io.o2o.fulfilment.port.contract.ActionContract;
import io.o2o.fulfilment.port.contract.PortContract;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** The MoMo adapter against the MoMo simulator over HTTP: the payment ports' contract. */
@AdapterRouteTest
class MomoContractTest extends PortContract {

    private static final long AMOUNT = 259_000;

    @Autowired
    ProducerTemplate camel;

    @LocalServerPort
    int port;

    @BeforeEach
    void keepIpnsAtMomo() {
        momo().post().uri("/callbacks/withhold").body(Map.of("enabled", true)).retrieve().toBodilessEntity();
    }

    @Override
    protected String adapter() {
        return "momo";
    }

    @Override
    protected ProducerTemplate camel() {
        return camel;
    }

    @Override
    protected void partnerFails() {
        momo().post().uri("/faults").body(Map.of("failNext", 100, "status", 503)).retrieve().toBodilessEntity();
    }

    @Override
    protected void partnerRecovers() {
        momo().delete().uri("/faults").retrieve().toBodilessEntity();
    }

    @Override
    protected List<ActionContract> actions() {
        return List.of(
                ActionContract.of(Port.PAYMENT_CREATE, () -> payment(AMOUNT, true),
                        request -> order(((PaymentRequest) request).paymentId()).isPresent() ? 1 : 0)
                        .refusedBy(() -> payment(500, true)),
                ActionContract.of(Port.PAYMENT_CAPTURE, () -> capture(authorised()),
                        request -> resultCode(((CaptureRequest) request).paymentId()) == 0 ? 1 : 0)
                        .refusedBy(() -> capture(unpaid())),
                ActionContract.of(Port.PAYMENT_VOID, () -> cancel(authorised()),
                        request -> resultCode(((VoidRequest) request).paymentId()) == 1003 ? 1 : 0)
                        .refusedBy(() -> cancel(unpaid())),
                ActionContract.of(Port.PAYMENT_REFUND, () -> refund(paid(), 50_000), this::refunds)
                        .refusedBy(() -> refund(paid(), AMOUNT + 1)),
                ActionContract.of(Port.PAYMENT_QUERY, () -> new PaymentStatusRequest(key(), "WEB-Q", paid().paymentId()),
                        null));
    }

    private PaymentRequest payment(long amount, boolean capture) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return new PaymentRequest(key(), "WEB-" + id, "WEB-" + id + "-P1", amount, null, null, null, capture);
    }

    private PaymentRequest unpaid() {
        PaymentRequest request = payment(AMOUNT, false);
        camel.requestBody("direct:momo-create", request);
        return request;
    }

    private PaymentRequest authorised() {
        PaymentRequest request = payment(AMOUNT, false);
        pay(camel.requestBody("direct:momo-create", request, PaymentCreated.class));
        return request;
    }

    private PaymentRequest paid() {
        PaymentRequest request = payment(AMOUNT, true);
        pay(camel.requestBody("direct:momo-create", request, PaymentCreated.class));
        return request;
    }

    private void pay(PaymentCreated created) {
        RestClient.create().post().uri(created.payUrl() + "?action=pay").accept(MediaType.APPLICATION_JSON)
                .retrieve().toBodilessEntity();
    }

    private CaptureRequest capture(PaymentRequest payment) {
        return new CaptureRequest(key(), payment.orderNumber(), payment.paymentId(), null, AMOUNT, AMOUNT, "");
    }

    private VoidRequest cancel(PaymentRequest payment) {
        return new VoidRequest(key(), payment.orderNumber(), payment.paymentId(), null, AMOUNT, "");
    }

    private RefundRequest refund(PaymentRequest payment, long amount) {
        Object transId = order(payment.paymentId()).orElseThrow().get("transId");
        return new RefundRequest(key(), payment.orderNumber(), payment.paymentId().replace("-P1", "-R1"),
                payment.paymentId(), String.valueOf(transId), amount, "Hoàn tiền");
    }

    private long refunds(Object request) {
        RefundRequest refund = (RefundRequest) request;
        List<?> refunds = (List<?>) order(refund.paymentId()).orElseThrow().get("refunds");
        return refunds.stream().filter(r -> refund.refundId().equals(((Map<?, ?>) r).get("orderId"))).count();
    }

    private int resultCode(String orderId) {
        return (Integer) order(orderId).orElseThrow().get("resultCode");
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> order(String orderId) {
        try {
            return Optional.of(momo().get().uri("/orders/{id}", orderId).retrieve().body(Map.class));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    private RestClient momo() {
        return RestClient.create("http://localhost:" + port + "/sim/momo");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
