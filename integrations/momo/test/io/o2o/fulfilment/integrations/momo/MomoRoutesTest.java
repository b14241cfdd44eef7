package io.o2o.fulfilment.integrations.momo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.o2o.fulfilment.port.CallbackRejectedException;
import io.o2o.fulfilment.port.CaptureRequest;
import io.o2o.fulfilment.port.CaptureResult;
import io.o2o.fulfilment.port.PaymentCreated;
import io.o2o.fulfilment.port.PaymentNotification;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.PaymentStatus;
import io.o2o.fulfilment.port.PaymentStatusRequest;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.RefundResult;
import io.o2o.fulfilment.port.RemoteSystemException;
import io.o2o.fulfilment.port.VoidRequest;
import io.o2o.fulfilment.port.VoidResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.EndpointInject;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.springboot.PlatformHttpComponentAutoConfiguration;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpAutoConfiguration;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformWebMvcConfiguration;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The MoMo routes in a small Spring Boot context: outbound calls go to a JDK HTTP server that
 * answers like MoMo, the IPN route is served by platform-http on a real port, and
 * {@code direct:payment.notification} leads to a mock. Signatures are checked with an
 * independent HMAC computation, not with the adapter's own code.
 */
@CamelSpringBootTest
// spring.config.name keeps application.yaml out of this context
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = MomoRoutesTest.Config.class,
        properties = "spring.config.name=momo-routes-test")
@ExtendWith(OutputCaptureExtension.class)
class MomoRoutesTest {

    private static final String ACCESS_KEY = "test-access";
    private static final String SECRET = "test-secret-ẞ";
    private static final List<String> CREATE_FIELDS = List.of("accessKey", "amount", "extraData", "ipnUrl", "orderId",
            "orderInfo", "partnerCode", "redirectUrl", "requestId", "requestType");
    private static final List<String> REFUND_FIELDS = List.of("accessKey", "amount", "description", "orderId",
            "partnerCode", "requestId", "transId");
    private static final List<String> CONFIRM_FIELDS = List.of("accessKey", "amount", "description", "orderId",
            "partnerCode", "requestId", "requestType");
    private static final List<String> QUERY_FIELDS = List.of("accessKey", "orderId", "partnerCode", "requestId");
    private static final List<String> IPN_FIELDS = List.of("accessKey", "amount", "extraData", "message", "orderId",
            "orderInfo", "orderType", "partnerCode", "payType", "requestId", "responseTime", "resultCode", "transId");

    private static final FakeMomo MOMO = new FakeMomo();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void momo(DynamicPropertyRegistry registry) {
        registry.add("o2o.momo.endpoint", () -> "http://localhost:" + MOMO.port() + "/momo");
        registry.add("o2o.momo.partner-code", () -> "O2OTEST");
        registry.add("o2o.momo.access-key", () -> ACCESS_KEY);
        registry.add("o2o.momo.secret-key", () -> SECRET);
        registry.add("o2o.momo.ipn-url", () -> "https://shop.example/callbacks/momo/ipn");
        registry.add("o2o.momo.redirect-url", () -> "https://shop.example/paid");
        registry.add("o2o.momo.request-type", () -> "captureWallet");
        registry.add("o2o.momo.lang", () -> "vi");
        registry.add("o2o.momo.connect-timeout", () -> "PT2S");
        registry.add("o2o.momo.read-timeout", () -> "PT30S");
    }

    @Autowired
    ProducerTemplate template;

    @EndpointInject("mock:payment.notification")
    MockEndpoint notifications;

    @LocalServerPort
    int port;

    @BeforeEach
    void reset() {
        notifications.reset();
    }

    @AfterAll
    static void stopMomo() {
        MOMO.server.stop(0);
    }

    @Test
    void createSendsSignedMomoRequestAndReturnsPayUrl() throws Exception {
        MOMO.answer(200, "{\"partnerCode\":\"O2OTEST\",\"orderId\":\"WEB-10023-P1\",\"requestId\":\"key-1\","
                + "\"amount\":259000,\"resultCode\":0,\"message\":\"Thành công.\",\"payUrl\":\"https://pay.example/t1\"}");

        PaymentCreated created = create(new PaymentRequest("key-1", "WEB-10023", "WEB-10023-P1", 259000,
                "Thanh toán đơn hàng WEB-10023", "0901234567", "an@example.com", true));

        assertThat(created).isEqualTo(new PaymentCreated(PaymentCreated.Outcome.CREATED, "WEB-10023-P1",
                "https://pay.example/t1", "0", "Thành công."));
        assertThat(MOMO.lastPath.get()).isEqualTo("/momo/v2/gateway/api/create");
        assertThat(MOMO.lastContentType.get()).startsWith("application/json");
        JsonNode sent = JSON.readTree(MOMO.lastBody.get());
        assertThat(sent.get("partnerCode").asText()).isEqualTo("O2OTEST");
        assertThat(sent.get("requestId").asText()).isEqualTo("key-1");
        assertThat(sent.get("orderId").asText()).isEqualTo("WEB-10023-P1");
        assertThat(sent.get("amount").isIntegralNumber()).isTrue();
        assertThat(sent.get("amount").asLong()).isEqualTo(259000);
        assertThat(sent.get("orderInfo").asText()).isEqualTo("Thanh toán đơn hàng WEB-10023");
        assertThat(sent.get("ipnUrl").asText()).isEqualTo("https://shop.example/callbacks/momo/ipn");
        assertThat(sent.get("redirectUrl").asText()).isEqualTo("https://shop.example/paid");
        assertThat(sent.get("requestType").asText()).isEqualTo("captureWallet");
        assertThat(sent.get("autoCapture").asBoolean()).isTrue();
        assertThat(sent.get("lang").asText()).isEqualTo("vi");
        assertThat(sent.has("accessKey")).as("accessKey is only signed, never sent").isFalse();
        assertThat(JSON.readTree(Base64.getDecoder().decode(sent.get("extraData").asText()))
                .get("orderNumber").asText()).isEqualTo("WEB-10023");
        assertThat(sent.get("signature").asText()).isEqualTo(hmac(raw(CREATE_FIELDS, sent)));
    }

    @Test
    void createRefusedByMomoIsRejectedWithMomosCode() {
        MOMO.answer(200, "{\"resultCode\":22,\"message\":\"Số tiền giao dịch nằm ngoài giới hạn\"}");

        PaymentCreated created = create(new PaymentRequest("key-2", "WEB-2", "WEB-2-P1", 500, null, null, null, true));

        assertThat(created.outcome()).isEqualTo(PaymentCreated.Outcome.REJECTED);
        assertThat(created.resultCode()).isEqualTo("22");
        assertThat(created.message()).isEqualTo("Số tiền giao dịch nằm ngoài giới hạn");
        assertThat(created.payUrl()).isNull();
    }

    @Test
    void createAuthenticationFailureIsTechnicalAndQuotesMomo() {
        MOMO.answer(200, "{\"resultCode\":13,\"message\":\"Merchant authentication failed\"}");

        assertThatThrownBy(() -> create(new PaymentRequest("key-3", "WEB-3", "WEB-3-P1", 10000, null, null, null, true)))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessageContaining("resultCode 13")
                .hasMessageContaining("Merchant authentication failed");
    }

    @Test
    void createHttpErrorIsTechnicalAndQuotesMomo() {
        MOMO.answer(500, "{\"resultCode\":99,\"message\":\"System error\"}");

        assertThatThrownBy(() -> create(new PaymentRequest("key-4", "WEB-4", "WEB-4-P1", 10000, null, null, null, true)))
                .cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessageContaining("answered 500 Internal Server Error")
                .hasMessageContaining("System error");

        MOMO.answer(502, "<html>Bad gateway</html>");
        assertThatThrownBy(() -> create(new PaymentRequest("key-5", "WEB-5", "WEB-5-P1", 10000, null, null, null, true)))
                .cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessageContaining("answered 502 Bad Gateway")
                .hasMessageContaining("Bad gateway");
    }

    @Test
    void anAnswerWhoseResultCodeIsNoNumberIsQuotedWithoutItsSignature() {
        MOMO.answer(200, "{\"resultCode\":\"OK\",\"message\":\"fine\",\"signature\":\"5f3a9c0d7e\"}");

        assertThatThrownBy(() -> create(new PaymentRequest("key-6", "WEB-6", "WEB-6-P1", 10000, null, null, null, true)))
                .cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessage("MoMo create answered a resultCode that is no number: OK")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("5f3a9c0d7e"));
    }

    @Test
    void refundUsesNewOrderIdAndPaymentTransId() throws Exception {
        MOMO.answer(200, "{\"partnerCode\":\"O2OTEST\",\"orderId\":\"WEB-10023-R1\",\"requestId\":\"rkey-1\","
                + "\"amount\":50000,\"transId\":5000000001,\"resultCode\":0,\"message\":\"Thành công.\"}");

        RefundResult result = refund(new RefundRequest("rkey-1", "WEB-10023", "WEB-10023-R1", "WEB-10023-P1",
                "4088878653", 50000, "Hoàn tiền thiếu hàng"));

        assertThat(result).isEqualTo(new RefundResult(RefundResult.Outcome.REFUNDED, "WEB-10023-R1", "5000000001", "0",
                "Thành công."));
        assertThat(MOMO.lastPath.get()).isEqualTo("/momo/v2/gateway/api/refund");
        JsonNode sent = JSON.readTree(MOMO.lastBody.get());
        assertThat(sent.get("orderId").asText()).isEqualTo("WEB-10023-R1");
        assertThat(sent.get("transId").asText()).isEqualTo("4088878653");
        assertThat(sent.get("requestId").asText()).isEqualTo("rkey-1");
        assertThat(sent.get("amount").asLong()).isEqualTo(50000);
        assertThat(sent.get("signature").asText()).isEqualTo(hmac(raw(REFUND_FIELDS, sent)));
    }

    @Test
    void refundOverPaidAmountIsRejectedAndRetryLaterIsTechnical() {
        RefundRequest request = new RefundRequest("rkey-2", "WEB-7", "WEB-7-R1", "WEB-7-P1", "4088878653", 90000,
                "customer cancelled");
        MOMO.answer(200, "{\"resultCode\":1081,\"message\":\"Refund rejected\"}");
        assertThat(refund(request).outcome()).isEqualTo(RefundResult.Outcome.REJECTED);

        MOMO.answer(200, "{\"resultCode\":1080,\"message\":\"Refund processing failed, retry later\"}");
        assertThatThrownBy(() -> refund(request)).cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessageContaining("1080");
    }

    @Test
    void validIpnIsForwardedOnceAndAnswered204() throws Exception {
        notifications.expectedMessageCount(1);

        HttpResponse<String> response = postIpn(signedIpn(0, "Thành công."));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        notifications.assertIsSatisfied();
        assertThat(notifications.getExchanges().get(0).getMessage().getBody()).isEqualTo(new PaymentNotification(
                "momo", "WEB-10023-P1", 259000, PaymentNotification.Outcome.PAID, "4088878653", "0", "Thành công.",
                "momo:WEB-10023-P1:key-1:0"));
    }

    @Test
    void declinedIpnIsForwardedAsFailed() throws Exception {
        HttpResponse<String> response = postIpn(signedIpn(1006, "Giao dịch bị từ chối bởi người dùng."));

        assertThat(response.statusCode()).isEqualTo(204);
        PaymentNotification notification = notifications.getExchanges().get(0).getMessage()
                .getBody(PaymentNotification.class);
        assertThat(notification.outcome()).isEqualTo(PaymentNotification.Outcome.FAILED);
        assertThat(notification.resultCode()).isEqualTo("1006");
    }

    @Test
    void pendingIpnIsAcknowledgedButNotForwarded() throws Exception {
        assertThat(postIpn(signedIpn(1000, "Giao dịch đã được khởi tạo")).statusCode()).isEqualTo(204);
        assertThat(notifications.getReceivedCounter()).isZero();
    }

    @Test
    void forgedIpnIsRejectedAndNotForwarded() throws Exception {
        Map<String, Object> ipn = signedIpn(0, "Thành công.");
        ipn.put("amount", 1000);

        HttpResponse<String> response = postIpn(ipn);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("message").asText()).isNotBlank();
        assertThat(notifications.getReceivedCounter()).isZero();
    }

    @Test
    void ipnForAnotherPartnerIsRejected() throws Exception {
        Map<String, Object> ipn = signedIpn(0, "Thành công.");
        ipn.put("partnerCode", "SOMEONEELSE");
        ipn.put("signature", hmac(raw(IPN_FIELDS, JSON.valueToTree(ipn))));

        assertThat(postIpn(ipn).statusCode()).isEqualTo(400);
        assertThat(notifications.getReceivedCounter()).isZero();
    }

    @Test
    void ipnTheApplicationRejectsIsAnswered400AndLoggedOnceAtWarn(CapturedOutput output) throws Exception {
        notifications.whenAnyExchangeReceived(exchange -> {
            throw new CallbackRejectedException("amount does not match payment WEB-10023-P1");
        });
        Map<String, Object> ipn = signedIpn(0, "Thành công.");
        ipn.put("orderId", "X".repeat(500));
        ipn.put("signature", hmac(raw(IPN_FIELDS, JSON.valueToTree(ipn))));

        assertThat(postIpn(ipn).statusCode()).isEqualTo(400);
        List<String> lines = output.getOut().lines().filter(line -> line.contains("MoMo IPN")).toList();
        assertThat(lines).singleElement().asString()
                .contains(" WARN ")
                .contains("Rejected MoMo IPN for orderId " + "X".repeat(64) + "...: amount does not match")
                .doesNotContain("X".repeat(65));
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void authorisedIpnIsForwardedAsAuthorised() throws Exception {
        assertThat(postIpn(signedIpn(9000, "Giao dịch đã được xác nhận thành công.")).statusCode()).isEqualTo(204);

        PaymentNotification notification = notifications.getExchanges().get(0).getMessage()
                .getBody(PaymentNotification.class);
        assertThat(notification.outcome()).isEqualTo(PaymentNotification.Outcome.AUTHORISED);
        assertThat(notification.deduplicationKey()).isEqualTo("momo:WEB-10023-P1:key-1:9000");
    }

    @Test
    void createWithoutCaptureAsksMomoOnlyToAuthorise() throws Exception {
        MOMO.answer(200, "{\"resultCode\":0,\"message\":\"Thành công.\",\"payUrl\":\"https://pay.example/t2\"}");

        create(new PaymentRequest("key-6", "WEB-6", "WEB-6-P1", 259000, null, null, null, false));

        assertThat(JSON.readTree(MOMO.lastBody.get()).get("autoCapture").asBoolean()).isFalse();
    }

    @Test
    void captureConfirmsTheWholeAuthorisation() throws Exception {
        MOMO.answer(200, "{\"orderId\":\"WEB-10023-P1\",\"requestId\":\"ckey-1\",\"amount\":259000,"
                + "\"transId\":4088878653,\"resultCode\":0,\"message\":\"Thành công.\"}");

        CaptureResult result = template.requestBody("direct:momo-capture", json(new CaptureRequest("ckey-1",
                "WEB-10023", "WEB-10023-P1", "4088878653", 259000, 200000, "Giao hàng")), CaptureResult.class);

        assertThat(result).isEqualTo(new CaptureResult(CaptureResult.Outcome.CAPTURED, "WEB-10023-P1", 259000,
                "4088878653", "0", "Thành công."));
        assertThat(MOMO.lastPath.get()).isEqualTo("/momo/v2/gateway/api/confirm");
        JsonNode sent = JSON.readTree(MOMO.lastBody.get());
        assertThat(sent.get("requestType").asText()).isEqualTo("capture");
        assertThat(sent.get("amount").asLong()).as("MoMo captures only the whole authorisation").isEqualTo(259000);
        assertThat(sent.get("requestId").asText()).isEqualTo("ckey-1");
        assertThat(sent.get("signature").asText()).isEqualTo(hmac(raw(CONFIRM_FIELDS, sent)));
    }

    @Test
    void captureOfAGoneAuthorisationIsRejectedAndMaintenanceIsTechnical() {
        CaptureRequest request = new CaptureRequest("ckey-2", "WEB-9", "WEB-9-P1", "1", 10000, 10000, null);
        MOMO.answer(200, "{\"resultCode\":1005,\"message\":\"expired\"}");
        CaptureResult rejected = template.requestBody("direct:momo-capture", json(request), CaptureResult.class);
        assertThat(rejected.outcome()).isEqualTo(CaptureResult.Outcome.REJECTED);
        assertThat(rejected.refusal()).isNotNull();

        MOMO.answer(200, "{\"resultCode\":10,\"message\":\"maintenance\"}");
        assertThatThrownBy(() -> template.requestBody("direct:momo-capture", json(request))).cause()
                .isInstanceOf(RemoteSystemException.class).hasMessageContaining("resultCode 10");
    }

    @Test
    void voidCancelsTheAuthorisation() throws Exception {
        MOMO.answer(200, "{\"resultCode\":0,\"message\":\"Thành công.\"}");

        VoidResult result = template.requestBody("direct:momo-void", json(new VoidRequest("vkey-1", "WEB-10023",
                "WEB-10023-P1", "4088878653", 259000, "Khách hủy")), VoidResult.class);

        assertThat(result.outcome()).isEqualTo(VoidResult.Outcome.VOIDED);
        JsonNode sent = JSON.readTree(MOMO.lastBody.get());
        assertThat(sent.get("requestType").asText()).isEqualTo("cancel");
        assertThat(sent.get("signature").asText()).isEqualTo(hmac(raw(CONFIRM_FIELDS, sent)));
    }

    @Test
    void queryMapsMomosResultCodesToStates() throws Exception {
        Map<Integer, PaymentStatus.State> states = Map.of(0, PaymentStatus.State.PAID, 9000,
                PaymentStatus.State.AUTHORISED, 1000, PaymentStatus.State.PENDING, 7002, PaymentStatus.State.PENDING,
                42, PaymentStatus.State.PENDING, 1006, PaymentStatus.State.FAILED, 4001, PaymentStatus.State.FAILED);
        for (Map.Entry<Integer, PaymentStatus.State> expected : states.entrySet()) {
            MOMO.answer(200, "{\"resultCode\":" + expected.getKey() + ",\"message\":\"m\",\"amount\":259000,"
                    + "\"transId\":4088878653}");
            PaymentStatus status = template.requestBody("direct:momo-query", json(new PaymentStatusRequest("qkey-1",
                    "WEB-10023", "WEB-10023-P1")), PaymentStatus.class);
            assertThat(status.state()).as("resultCode " + expected.getKey()).isEqualTo(expected.getValue());
        }
        JsonNode sent = JSON.readTree(MOMO.lastBody.get());
        assertThat(sent.get("orderId").asText()).isEqualTo("WEB-10023-P1");
        assertThat(sent.get("signature").asText()).isEqualTo(hmac(raw(QUERY_FIELDS, sent)));

        MOMO.answer(200, "{\"resultCode\":13,\"message\":\"Merchant authentication failed\"}");
        assertThatThrownBy(() -> template.requestBody("direct:momo-query", json(new PaymentStatusRequest("qkey-2",
                "WEB-1", "WEB-1-P1")))).cause().isInstanceOf(RemoteSystemException.class);
    }

    @Test
    void ipnTheApplicationFailsOnIsAnswered500SoMomoRetries() throws Exception {
        notifications.whenAnyExchangeReceived(exchange -> {
            throw new IllegalStateException("database down");
        });

        assertThat(postIpn(signedIpn(0, "Thành công.")).statusCode()).isEqualTo(500);
    }

    @Test
    void ipnThatIsNotJsonIsRejected() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callbacks/momo/ipn"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("resultCode=0"))
                .build();
        assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    }

    private PaymentCreated create(PaymentRequest request) {
        return template.requestBody("direct:momo-create", json(request), PaymentCreated.class);
    }

    private RefundResult refund(RefundRequest request) {
        return template.requestBody("direct:momo-refund", json(request), RefundResult.class);
    }

    private HttpResponse<String> postIpn(Map<String, Object> ipn) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callbacks/momo/ipn"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(ipn)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> signedIpn(int resultCode, String message) {
        Map<String, Object> ipn = new LinkedHashMap<>();
        ipn.put("partnerCode", "O2OTEST");
        ipn.put("orderId", "WEB-10023-P1");
        ipn.put("requestId", "key-1");
        ipn.put("amount", 259000);
        ipn.put("orderInfo", "Thanh toán đơn hàng WEB-10023");
        ipn.put("orderType", "momo_wallet");
        ipn.put("transId", 4088878653L);
        ipn.put("resultCode", resultCode);
        ipn.put("message", message);
        ipn.put("payType", "qr");
        ipn.put("responseTime", 1767225600000L);
        ipn.put("extraData", "");
        ipn.put("signature", hmac(raw(IPN_FIELDS, JSON.valueToTree(ipn))));
        return ipn;
    }

    private static String raw(List<String> fields, JsonNode message) {
        return fields.stream()
                .map(f -> f + "=" + ("accessKey".equals(f) ? ACCESS_KEY : message.path(f).asText("")))
                .collect(Collectors.joining("&"));
    }

    private static String hmac(String raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers every call with the configured status and body and remembers the last request. */
    static class FakeMomo {

        final HttpServer server;
        final AtomicReference<String> lastPath = new AtomicReference<>();
        final AtomicReference<String> lastBody = new AtomicReference<>();
        final AtomicReference<String> lastContentType = new AtomicReference<>();
        private final AtomicReference<Integer> status = new AtomicReference<>(200);
        private final AtomicReference<String> body = new AtomicReference<>("{}");

        FakeMomo() {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                lastPath.set(exchange.getRequestURI().getPath());
                lastContentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
                lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] answer = body.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
                exchange.sendResponseHeaders(status.get(), answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        void answer(int status, String body) {
            this.status.set(status);
            this.body.set(body);
        }
    }

    @Configuration
    @EnableConfigurationProperties(MomoProperties.class)
    @Import(MomoRoutes.class)
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class, JacksonAutoConfiguration.class, TaskExecutionAutoConfiguration.class,
            CamelAutoConfiguration.class, PlatformHttpComponentAutoConfiguration.class,
            SpringBootPlatformHttpAutoConfiguration.class, SpringBootPlatformWebMvcConfiguration.class})
    static class Config {

        @Bean
        RouteBuilder paymentNotificationMock() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    // as the application's payment.notification route: its callers handle and log its rejections
                    from("direct:payment.notification").errorHandler(noErrorHandler())
                            .to("mock:payment.notification");
                }
            };
        }
    }
}
