package io.o2o.fulfilment.integrations.zalopay;

import static io.o2o.fulfilment.integrations.zalopay.ZalopaySimulatorClient.AMOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.integrations.common.Hmac;
import io.o2o.fulfilment.port.CallbackRejectedException;
import io.o2o.fulfilment.port.CaptureRequest;
import io.o2o.fulfilment.port.PaymentNotification;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.PaymentStatus;
import io.o2o.fulfilment.port.PaymentStatusRequest;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.RefundResult;
import io.o2o.fulfilment.port.RemoteSystemException;
import io.o2o.fulfilment.port.VoidRequest;
import java.util.List;
import java.util.Map;
import org.apache.camel.EndpointInject;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/**
 * The ZaloPay adapter's callback, posted as ZaloPay does and signed with key2 by the test, and
 * what the contract test does not show: a refund ZaloPay is still processing, and the actions
 * ZaloPay does not have.
 */
@AdapterRouteTest
@ExtendWith(OutputCaptureExtension.class)
class ZalopayRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATA = "{\"app_id\":2026,\"app_trans_id\":\"260301_WEB_10023_P1\",\"app_time\":1772334930000,"
            + "\"app_user\":\"o2o-fulfilment\",\"amount\":259000,\"embed_data\":\"{\\\"paymentId\\\":\\\"WEB-10023-P1\\\","
            + "\\\"orderNumber\\\":\\\"WEB-10023\\\"}\",\"item\":\"[]\",\"zp_trans_id\":260301000000042,"
            + "\"server_time\":1772334990000,\"channel\":38}";

    @Autowired
    ProducerTemplate camel;

    @EndpointInject("mock:payment.notification")
    MockEndpoint notifications;

    @LocalServerPort
    int port;

    private ZalopaySimulatorClient zalopay;

    @BeforeEach
    void reset() {
        notifications.reset();
        zalopay = new ZalopaySimulatorClient(port, camel);
        zalopay.withholdCallbacks();
    }

    @AfterEach
    void noProcessingRefunds() {
        zalopay.refundsProcessing(false);
    }

    @Test
    void anAuthenticCallbackIsHandedOverAsPaidAndAnswered1() throws Exception {
        JsonNode answer = postCallback(DATA, Hmac.sha256Hex(ZalopayMacTest.KEY2, DATA));

        assertThat(answer.get("return_code").asInt()).isEqualTo(1);
        assertThat(answer.get("return_message").asText()).isEqualTo("success");
        assertThat(notifications.getExchanges()).singleElement().extracting(e -> e.getMessage().getBody())
                .isEqualTo(new PaymentNotification("zalopay", "WEB-10023-P1", 259000,
                        PaymentNotification.Outcome.PAID, "260301000000042", "1", "success",
                        "zalopay:260301_WEB_10023_P1"));
    }

    @Test
    void aReplayIsHandedOverAgainWithTheSameKeyAndAnswered1() throws Exception {
        String mac = Hmac.sha256Hex(ZalopayMacTest.KEY2, DATA);
        postCallback(DATA, mac);

        assertThat(postCallback(DATA, mac).get("return_code").asInt()).isEqualTo(1);
        assertThat(notifications.getExchanges()).hasSize(2).extracting(e -> e.getMessage()
                .getBody(PaymentNotification.class).deduplicationKey()).containsOnly("zalopay:260301_WEB_10023_P1");
    }

    @Test
    void aBadMacIsAnsweredMinus1AndHandedOverToNobody(CapturedOutput output) throws Exception {
        JsonNode answer = postCallback(DATA.replace("259000", "1000"), Hmac.sha256Hex(ZalopayMacTest.KEY2, DATA));

        assertThat(answer.get("return_code").asInt()).isEqualTo(-1);
        assertThat(answer.get("return_message").asText()).isEqualTo("mac not equal");
        assertThat(notifications.getReceivedCounter()).isZero();
        assertThat(output.getOut().lines().filter(line -> line.contains("ZaloPay callback")).toList())
                .singleElement().asString().contains(" WARN ").contains("mac not equal");
    }

    @Test
    void aCallbackTheApplicationRejectsIsAnsweredMinus1SoZalopayStops(CapturedOutput output) throws Exception {
        notifications.whenAnyExchangeReceived(exchange -> {
            throw new CallbackRejectedException("amount 259000 differs from the requested 300000");
        });

        JsonNode answer = postCallback(DATA, Hmac.sha256Hex(ZalopayMacTest.KEY2, DATA));

        assertThat(answer.get("return_code").asInt()).isEqualTo(-1);
        List<String> lines = output.getOut().lines().filter(line -> line.contains("ZaloPay callback")).toList();
        assertThat(lines).singleElement().asString().contains(" WARN ")
                .contains("app_trans_id 260301_WEB_10023_P1: amount 259000 differs");
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void aCallbackTheApplicationFailsOnIsAnswered0SoZalopayCallsAgain() throws Exception {
        notifications.whenAnyExchangeReceived(exchange -> {
            throw new IllegalStateException("database down");
        });

        assertThat(postCallback(DATA, Hmac.sha256Hex(ZalopayMacTest.KEY2, DATA)).get("return_code").asInt()).isZero();
    }

    @Test
    void aRefundStillProcessingIsRetriedWithoutRefundingTwice() {
        PaymentRequest payment = zalopay.paid();
        Object zpTransId = zalopay.order(payment.paymentId()).orElseThrow().get("zpTransId");
        RefundRequest refund = new RefundRequest("rk-" + payment.paymentId(), payment.orderNumber(),
                payment.paymentId().replace("-P1", "-R1"), payment.paymentId(), String.valueOf(zpTransId), 50_000,
                "Hoàn tiền");
        zalopay.refundsProcessing(true);

        assertThatThrownBy(() -> camel.requestBody("direct:zalopay-refund", refund)).cause()
                .isInstanceOf(RemoteSystemException.class).hasMessageContaining("still processing");
        assertThatThrownBy(() -> camel.requestBody("direct:zalopay-refund", refund)).cause()
                .isInstanceOf(RemoteSystemException.class).hasMessageContaining("still processing");
        RefundResult result = camel.requestBody("direct:zalopay-refund", refund, RefundResult.class);

        assertThat(result.outcome()).isEqualTo(RefundResult.Outcome.REFUNDED);
        assertThat(zalopay.order(payment.paymentId()).orElseThrow()).containsEntry("refunds", 1)
                .containsEntry("refunded", 50_000);
    }

    @Test
    void queryTellsPaidFromNotYetPaid() {
        PaymentRequest paid = zalopay.paid();
        PaymentRequest unpaid = ZalopaySimulatorClient.payment(AMOUNT);
        camel.requestBody("direct:zalopay-create", unpaid);

        assertThat(query(paid).state()).isEqualTo(PaymentStatus.State.PAID);
        assertThat(query(paid).amount()).isEqualTo(AMOUNT);
        assertThat(query(unpaid).state()).isEqualTo(PaymentStatus.State.PENDING);
    }

    @Test
    void zalopayNeitherAuthorisesNorCapturesNorVoids() {
        PaymentRequest authorise = new PaymentRequest("k", "WEB-1", "WEB-1-P1", AMOUNT, null, null, null, false);

        assertThatThrownBy(() -> camel.requestBody("direct:zalopay-create", authorise)).cause()
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capture=true");
        assertThatThrownBy(() -> camel.requestBody("direct:zalopay-capture",
                new CaptureRequest("k", "WEB-1", "WEB-1-P1", "1", AMOUNT, AMOUNT, null))).cause()
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> camel.requestBody("direct:zalopay-void",
                new VoidRequest("k", "WEB-1", "WEB-1-P1", "1", AMOUNT, null))).cause()
                .isInstanceOf(IllegalStateException.class);
    }

    private PaymentStatus query(PaymentRequest payment) {
        return camel.requestBody("direct:zalopay-query", new PaymentStatusRequest("q", payment.orderNumber(),
                payment.paymentId()), PaymentStatus.class);
    }

    private JsonNode postCallback(String data, String mac) throws Exception {
        String answer = RestClient.create().post().uri("http://localhost:" + port + "/callbacks/zalopay")
                .header("Content-Type", "application/json")
                .body(JSON.writeValueAsString(Map.of("data", data, "mac", mac, "type", 1)))
                .retrieve().body(String.class);
        return JSON.readTree(answer);
    }
}
