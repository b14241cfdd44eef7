package io.o2o.fulfilment.simulator.momo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.o2o.fulfilment.simulator.CallbackWithholding;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The simulator's MoMo rules, with requests signed by an independent HMAC computation and IPNs
 * caught by a real HTTP server standing in for the shop.
 */
class MomoSimulatorTest {

    private static final String ACCESS_KEY = "sim-access";
    private static final String SECRET = "sim-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer shop;
    private final List<Map<String, Object>> ipns = new CopyOnWriteArrayList<>();
    private final CallbackWithholding withholding = new CallbackWithholding();
    private MomoSimulator simulator;

    @BeforeEach
    void start() throws IOException {
        shop = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        shop.createContext("/ipn", exchange -> {
            ipns.add(JSON.readValue(exchange.getRequestBody(), new TypeReference<>() { }));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        shop.start();
        simulator = new MomoSimulator(new MomoSimulatorProperties("SIMTEST", ACCESS_KEY, SECRET, Duration.ofMinutes(30)),
                new MomoIpnSender(JSON, withholding), new MockEnvironment().withProperty("o2o.simulators.base-url",
                        "http://sim.example"), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        shop.stop(0);
    }

    @Test
    void repeatedRequestIdAnswersTheFirstResultAndCreatesNoSecondPayment() {
        Map<String, Object> first = simulator.create(create("req-1", "WEB-1-P1", 259000));
        Map<String, Object> again = simulator.create(create("req-1", "WEB-1-P1", 259000));
        // even with another orderId, the requestId decides
        Map<String, Object> sameKeyOtherOrder = simulator.create(create("req-1", "WEB-1-P9", 259000));

        assertThat(first.get("resultCode")).isEqualTo(0);
        assertThat((String) first.get("payUrl")).startsWith("http://sim.example/sim/momo/pay/");
        assertThat(again).isEqualTo(first);
        assertThat(sameKeyOtherOrder).isEqualTo(first);
        assertThat(simulator.query(query("q-1", "WEB-1-P9")).get("resultCode")).isEqualTo(42);
    }

    @Test
    void newRequestIdForAnExistingOrderIdIsDuplicateOrder() {
        simulator.create(create("req-1", "WEB-2-P1", 259000));

        Map<String, Object> duplicate = simulator.create(create("req-2", "WEB-2-P1", 259000));

        assertThat(duplicate.get("resultCode")).isEqualTo(41);
        assertThat(duplicate).doesNotContainKey("payUrl");
    }

    @Test
    void refusesForgedForeignMalformedAndOutOfRangeRequests() {
        Map<String, Object> forged = create("req-1", "WEB-3-P1", 259000);
        forged.put("amount", 1000);
        assertThat(simulator.create(forged).get("resultCode")).isEqualTo(13);

        Map<String, Object> foreign = create("req-2", "WEB-3-P2", 259000);
        foreign.put("partnerCode", "OTHER");
        assertThat(simulator.create(foreign).get("resultCode")).isEqualTo(11);

        assertThat(simulator.create(create("req-3", "WEB 3/P3", 259000)).get("resultCode")).isEqualTo(42);
        assertThat(simulator.create(create("req-4", "WEB-3-P4", 999)).get("resultCode")).isEqualTo(22);
        assertThat(simulator.create(create("req-5", "WEB-3-P5", 50_000_001)).get("resultCode")).isEqualTo(22);
        // a refusal after authentication is final: the same requestId gets it again
        assertThat(simulator.create(create("req-4", "WEB-3-P4", 10_000)).get("resultCode")).isEqualTo(22);
    }

    @Test
    void payingSendsOneSignedIpnToTheShop() {
        String token = token(simulator.create(create("req-1", "WEB-4-P1", 259000)));

        Map<String, Object> ipn = simulator.decide(token, true).orElseThrow();
        Map<String, Object> again = simulator.decide(token, false).orElseThrow();

        assertThat(again).as("a decided payment stays decided").isEqualTo(ipn);
        await().atMost(Duration.ofSeconds(5)).until(() -> ipns.size() == 1);
        Map<String, Object> received = ipns.get(0);
        assertThat(received.get("resultCode")).isEqualTo(0);
        assertThat(received.get("orderId")).isEqualTo("WEB-4-P1");
        assertThat(received.get("amount")).isEqualTo(259000);
        assertThat(received.get("signature")).isEqualTo(hmac(List.of("accessKey", "amount", "extraData", "message",
                "orderId", "orderInfo", "orderType", "partnerCode", "payType", "requestId", "responseTime",
                "resultCode", "transId"), received));
        assertThat(simulator.query(query("q-1", "WEB-4-P1")).get("resultCode")).isEqualTo(0);
    }

    @Test
    void refundsUpToThePaidAmountWithNewOrderIds() {
        String token = token(simulator.create(create("req-1", "WEB-5-P1", 259000)));
        Object transId = simulator.decide(token, true).orElseThrow().get("transId");

        Map<String, Object> partial = simulator.refund(refund("r-1", "WEB-5-R1", 200000, transId));
        assertThat(partial.get("resultCode")).isEqualTo(0);
        assertThat(partial.get("transId")).isNotEqualTo(transId);
        assertThat(simulator.refund(refund("r-1", "WEB-5-R1", 200000, transId))).isEqualTo(partial);

        assertThat(simulator.refund(refund("r-2", "WEB-5-R2", 60000, transId)).get("resultCode")).isEqualTo(1081);
        assertThat(simulator.refund(refund("r-3", "WEB-5-P1", 1000, transId)).get("resultCode")).isEqualTo(41);
        assertThat(simulator.refund(refund("r-4", "WEB-5-R4", 999, transId)).get("resultCode")).isEqualTo(22);
        assertThat(simulator.refund(refund("r-5", "WEB-5-R5", 1000, 123L)).get("resultCode")).isEqualTo(42);
        assertThat(simulator.refund(refund("r-6", "WEB-5-R6", 59000, transId)).get("resultCode")).isEqualTo(0);
    }

    @Test
    void declinedPaymentCannotBeRefunded() {
        String token = token(simulator.create(create("req-1", "WEB-6-P1", 259000)));

        Map<String, Object> ipn = simulator.decide(token, false).orElseThrow();

        assertThat(ipn.get("resultCode")).isEqualTo(1006);
        assertThat(simulator.refund(refund("r-1", "WEB-6-R1", 1000, ipn.get("transId"))).get("resultCode"))
                .isEqualTo(1088);
    }

    @Test
    void anAuthorisationIsCapturedOnlyInFullAndOnce() {
        Map<String, Object> request = create("req-1", "WEB-7-P1", 259000);
        request.put("autoCapture", false);
        String token = token(simulator.create(request));

        assertThat(simulator.decide(token, true).orElseThrow().get("resultCode")).isEqualTo(9000);
        await().atMost(Duration.ofSeconds(5)).until(() -> ipns.size() == 1);
        assertThat(ipns.get(0).get("resultCode")).isEqualTo(9000);
        assertThat(simulator.query(query("q-1", "WEB-7-P1")).get("resultCode")).isEqualTo(9000);

        assertThat(simulator.confirm(confirm("c-1", "WEB-7-P1", "capture", 200000)).get("resultCode")).isEqualTo(22);
        Map<String, Object> captured = simulator.confirm(confirm("c-2", "WEB-7-P1", "capture", 259000));
        assertThat(captured.get("resultCode")).isEqualTo(0);
        assertThat(simulator.confirm(confirm("c-2", "WEB-7-P1", "capture", 259000))).isEqualTo(captured);
        assertThat(simulator.confirm(confirm("c-3", "WEB-7-P1", "capture", 259000)).get("resultCode")).isEqualTo(42);
        assertThat(simulator.query(query("q-2", "WEB-7-P1")).get("resultCode")).isEqualTo(0);
    }

    @Test
    void aCancelledAuthorisationAnswersSuccessAndQueriesAsCancelled() {
        Map<String, Object> request = create("req-1", "WEB-8-P1", 259000);
        request.put("autoCapture", false);
        simulator.decide(token(simulator.create(request)), true);

        assertThat(simulator.confirm(confirm("c-1", "WEB-8-P1", "cancel", 259000)).get("resultCode")).isEqualTo(0);
        assertThat(simulator.query(query("q-1", "WEB-8-P1")).get("resultCode")).isEqualTo(1003);
    }

    @Test
    void aWithheldIpnIsNotSentButCanBeReplayed() {
        withholding.set("momo", true);
        String token = token(simulator.create(create("req-1", "WEB-9-P1", 259000)));

        simulator.decide(token, true);

        assertThat(simulator.query(query("q-1", "WEB-9-P1")).get("resultCode")).isEqualTo(0);
        assertThat(simulator.resendIpn("WEB-9-P1")).contains(204);
        assertThat(ipns).hasSize(1);
    }

    private static Map<String, Object> confirm(String requestId, String orderId, String action, long amount) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("partnerCode", "SIMTEST");
        request.put("requestId", requestId);
        request.put("orderId", orderId);
        request.put("requestType", action);
        request.put("amount", amount);
        request.put("description", "");
        request.put("signature", hmac(List.of("accessKey", "amount", "description", "orderId", "partnerCode",
                "requestId", "requestType"), request));
        return request;
    }

    private Map<String, Object> create(String requestId, String orderId, long amount) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("partnerCode", "SIMTEST");
        request.put("requestId", requestId);
        request.put("amount", amount);
        request.put("orderId", orderId);
        request.put("orderInfo", "Thanh toán đơn hàng " + orderId);
        request.put("redirectUrl", "");
        request.put("ipnUrl", "http://localhost:" + shop.getAddress().getPort() + "/ipn");
        request.put("requestType", "captureWallet");
        request.put("extraData", "");
        request.put("autoCapture", true);
        request.put("lang", "vi");
        request.put("signature", hmac(List.of("accessKey", "amount", "extraData", "ipnUrl", "orderId", "orderInfo",
                "partnerCode", "redirectUrl", "requestId", "requestType"), request));
        return request;
    }

    private static Map<String, Object> query(String requestId, String orderId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("partnerCode", "SIMTEST");
        request.put("requestId", requestId);
        request.put("orderId", orderId);
        request.put("signature", hmac(List.of("accessKey", "orderId", "partnerCode", "requestId"), request));
        return request;
    }

    private static Map<String, Object> refund(String requestId, String orderId, long amount, Object transId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("partnerCode", "SIMTEST");
        request.put("orderId", orderId);
        request.put("requestId", requestId);
        request.put("amount", amount);
        request.put("transId", transId);
        request.put("lang", "vi");
        request.put("description", "Hoàn tiền");
        request.put("signature", hmac(List.of("accessKey", "amount", "description", "orderId", "partnerCode",
                "requestId", "transId"), request));
        return request;
    }

    private static String token(Map<String, Object> created) {
        String payUrl = (String) created.get("payUrl");
        return payUrl.substring(payUrl.lastIndexOf('/') + 1);
    }

    private static String hmac(List<String> fields, Map<String, Object> message) {
        String raw = fields.stream()
                .map(f -> f + "=" + ("accessKey".equals(f) ? ACCESS_KEY : String.valueOf(message.getOrDefault(f, ""))))
                .collect(Collectors.joining("&"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
